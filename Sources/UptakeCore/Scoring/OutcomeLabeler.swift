import Foundation

/// The training label of a stored lead: converted within a horizon after its reference date
/// (`createdAt`), known only for leads whose window has closed by the as-of date.
///
/// A lead's window is `[createdAt, createdAt + horizon)`; it is resolved when
/// `createdAt + horizon <= asOf`. Leads still inside their window have no label yet: counting them as
/// negatives would teach the model that new leads never convert.
///
/// ```swift
/// let labeler = OutcomeLabeler(asOf: today)
/// let labels = labeler.labels(leads: leads, conversions: conversions)  // resolved leads only
/// ```
public struct OutcomeLabeler: Hashable, Sendable {
    /// The default horizon: 90 days.
    public static let defaultHorizon: TimeInterval = 90 * 86_400

    /// The date labels are known at.
    public var asOf: Date
    /// How long after its reference date a conversion still counts.
    public var horizon: TimeInterval

    /// Makes a labeler.
    ///
    /// - Parameters:
    ///   - asOf: The date labels are known at.
    ///   - horizon: The window's length (default 90 days).
    public init(asOf: Date, horizon: TimeInterval = OutcomeLabeler.defaultHorizon) {
        self.asOf = asOf
        self.horizon = horizon
    }

    /// The window a lead's label is about.
    ///
    /// - Parameter lead: The lead.
    /// - Returns: `createdAt ..< createdAt + horizon`.
    public func window(for lead: Lead) -> Range<Date> {
        lead.createdAt..<lead.createdAt.addingTimeInterval(horizon)
    }

    /// Whether the lead's window has closed by `asOf`.
    ///
    /// - Parameter lead: The lead.
    /// - Returns: `true` when `createdAt + horizon <= asOf`.
    public func isResolved(_ lead: Lead) -> Bool {
        lead.createdAt.addingTimeInterval(horizon) <= asOf
    }

    /// The label of every resolved lead: whether any of its conversions falls in its window.
    ///
    /// - Parameters:
    ///   - leads: The leads.
    ///   - conversions: Conversions (of any leads, in any order).
    /// - Returns: A label per resolved lead.
    public func labels(leads: [Lead], conversions: [Conversion]) -> [LeadID: Bool] {
        var dates: [LeadID: [Date]] = [:]
        for conversion in conversions { dates[conversion.lead, default: []].append(conversion.date) }
        var labels: [LeadID: Bool] = [:]
        for lead in leads where isResolved(lead) {
            let window = window(for: lead)
            labels[lead.id] = dates[lead.id]?.contains(where: window.contains) ?? false
        }
        return labels
    }
}
