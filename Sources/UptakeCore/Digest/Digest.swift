/// A weekly digest as a document: titled sections of KPI figures, notes, quotes and small tables,
/// rendered by ``DigestRenderer`` as Markdown or as inline-styled HTML.
///
/// Built from a ``DigestInput`` by ``init(_:)``; every figure is a ``DigestFigure`` made from a
/// ``KPIComparison``, so its text is the KPI definition's.
public struct Digest: Hashable, Sendable, Encodable {
    /// "Uptake weekly digest, 2026-W47".
    public var title: String
    /// Who it covers ("Team North").
    public var audience: String
    /// The role it is tailored to.
    public var role: String
    /// The week.
    public var week: ISOWeek
    /// "16 Nov 2026 – 22 Nov 2026".
    public var period: String
    /// A notice printed first when the data is simulated or the demo's.
    public var notice: String?
    /// The sections, in reading order.
    public var sections: [DigestSection]
}

/// One titled part of a digest.
public struct DigestSection: Hashable, Sendable, Encodable {
    /// The heading.
    public var title: String
    /// KPI figures with their week-over-week change.
    public var figures: [DigestFigure] = []
    /// Plain sentences (statuses, reasons, what is not measured).
    public var notes: [String] = []
    /// Verbatim comments.
    public var quotes: [String] = []
    /// A small table (header, rows), cells already formatted by KPI definitions.
    public var table: DigestTable?

    /// Makes a section.
    ///
    /// - Parameter title: The heading.
    public init(title: String) {
        self.title = title
    }
}

/// One KPI figure in a digest.
public struct DigestFigure: Hashable, Sendable, Encodable {
    /// The KPI's id.
    public var kpi: String
    /// A label ("Acceptance rate", or "Dismissed: too far").
    public var label: String
    /// The value, formatted by the KPI's definition.
    public var value: String
    /// The change since last week ("+2.1 pts"), when last week is known.
    public var change: String?
    /// Whether the change is good news.
    public var trend: KPIComparison.Trend
    /// What the figure rests on.
    public var basis: String?

    /// A figure from a comparison.
    ///
    /// - Parameters:
    ///   - comparison: The KPI this week and last.
    ///   - label: A label, when not the KPI's name.
    public init(_ comparison: KPIComparison, label: String? = nil) {
        kpi = comparison.definition.id
        self.label = label ?? comparison.definition.name
        value = comparison.definition.format(comparison.current)
        change = comparison.previous == nil ? nil : comparison.formattedChange
        trend = comparison.trend
        basis = comparison.current.basis
    }
}

/// A small table in a digest.
public struct DigestTable: Hashable, Sendable, Encodable {
    /// Column headings.
    public var header: [String]
    /// Rows of formatted cells.
    public var rows: [[String]]
}
