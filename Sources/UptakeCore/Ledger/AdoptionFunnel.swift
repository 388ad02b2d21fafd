import Foundation

/// The adoption funnel: shown, accepted, visited, converted, with dismissal reasons, per rep, team or
/// in total, over a period.
///
/// A suggestion belongs to the period that holds its first event in force (usually `shown`); all its
/// later events count with it, so a lead shown in March and converted in April is March's conversion.
///
/// ```swift
/// let funnel = AdoptionFunnel(outcomes: history.outcomes, grouping: .team, teams: ["rep-1": "north"],
///                             from: march1, to: april1)
/// funnel.total.acceptanceRate   // accepted / shown
/// ```
public struct AdoptionFunnel: Hashable, Sendable, Codable {
    /// How rows are grouped.
    public var grouping: FunnelGrouping
    /// Start of the period (included), or nil for no lower bound.
    public var from: Date?
    /// End of the period (excluded), or nil for no upper bound.
    public var to: Date?
    /// The visit radius in metres used for flags.
    public var radiusMetres: Double
    /// One row per group, ordered by group name (one row, `all`, for ``FunnelGrouping/total``).
    public var rows: [FunnelRow]
    /// Everything in the period.
    public var total: FunnelRow

    /// Counts outcomes into a funnel.
    ///
    /// - Parameters:
    ///   - outcomes: Suggestion outcomes (``LedgerHistory/outcomes``).
    ///   - grouping: Rows per rep, per team, or one in total.
    ///   - teams: Each rep's team; reps not in it are grouped under `(no team)`.
    ///   - from: Start of the period, included; nil for none.
    ///   - to: End of the period, excluded; nil for none.
    ///   - check: Which visits are flagged as away from the lead.
    public init(
        outcomes: [SuggestionOutcome], grouping: FunnelGrouping, teams: [RepID: String] = [:], from: Date? = nil,
        to: Date? = nil, check: VisitLocationCheck = VisitLocationCheck()
    ) {
        var rows: [FunnelRow] = []
        var rowOfGroup: [String: Int] = [:]
        var total = FunnelRow(group: "all")
        for outcome in outcomes {
            if let from, outcome.firstTime < from { continue }
            if let to, outcome.firstTime >= to { continue }
            let group: String
            switch grouping {
            case .rep: group = outcome.rep.rawValue
            case .team: group = teams[outcome.rep] ?? "(no team)"
            case .total: group = "all"
            }
            let row: Int
            if let known = rowOfGroup[group] {
                row = known
            } else {
                row = rows.count
                rowOfGroup[group] = row
                rows.append(FunnelRow(group: group))
            }
            rows[row].add(outcome, check: check)
            total.add(outcome, check: check)
        }
        self.grouping = grouping
        self.from = from
        self.to = to
        radiusMetres = check.radiusMetres
        self.rows = grouping == .total ? [total] : rows.sorted { $0.group < $1.group }
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case grouping, from, to, radiusMetres = "radius_metres", rows, total
    }
}
