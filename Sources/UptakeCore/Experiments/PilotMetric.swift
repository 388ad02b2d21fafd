/// A pilot's primary metric, measured per rep from the store.
///
/// Both count a lead once however it is recorded: a conversion in the CRM export (`conversions`, credited
/// to the lead's owner) or, for leads the CRM has not reported, a `converted` ledger event (credited to
/// the event's rep). CRM conversions count for treatment and control alike, which is what makes the
/// comparison intent-to-treat.
public enum PilotMetric: String, Hashable, Sendable, Codable, CaseIterable {
    /// Bronze-tier leads converted per rep per week of the period.
    case bronzeConversionsPerRepWeek = "bronze-conversions-per-rep-week"
    /// Total value of the rep's converted leads over the period.
    case revenuePerRep = "revenue-per-rep"

    /// What the metric counts, for summaries ("bronze leads converted a week").
    public var description: String {
        switch self {
        case .bronzeConversionsPerRepWeek: "bronze leads converted a week"
        case .revenuePerRep: "revenue over the pilot"
        }
    }

    /// How many weekly values add up to one rep's metric over `weeks` weeks: 1 for a weekly mean,
    /// `weeks` for a total. Converts a per-rep-week effect into the metric's unit.
    ///
    /// - Parameter weeks: The period's length.
    /// - Returns: The scale.
    public func weeklyScale(weeks: Int) -> Double {
        switch self {
        case .bronzeConversionsPerRepWeek: 1
        case .revenuePerRep: Double(weeks)
        }
    }
}
