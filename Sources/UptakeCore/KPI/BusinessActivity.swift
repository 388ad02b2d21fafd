/// What the field did in one period and scope: visits (bronze ones apart), the leads visited and how many
/// of them converted, and the revenue booked.
///
/// Filled from the store's visits, leads (for the tier) and conversions.
public struct BusinessActivity: Hashable, Sendable, Codable {
    /// Visits made.
    public var visits: Int
    /// Visits to leads in the bronze (lowest-priority) tier, the ones the planner exists to fit in.
    public var bronzeVisits: Int
    /// Distinct leads visited.
    public var visitedLeads: Int
    /// Of the leads visited, those with a conversion dated before the period's end (a conversion follows
    /// visits by days or weeks, so "converted in the same week" would undercount).
    public var convertedLeads: Int
    /// The value of conversions dated in the period (all leads of the scope).
    public var revenue: Double

    /// Makes an activity summary.
    ///
    /// - Parameters:
    ///   - visits: Visits made.
    ///   - bronzeVisits: Visits to bronze leads.
    ///   - visitedLeads: Distinct leads visited.
    ///   - convertedLeads: Of those, converted by the period's end.
    ///   - revenue: Conversion value in the period.
    public init(visits: Int, bronzeVisits: Int, visitedLeads: Int, convertedLeads: Int, revenue: Double) {
        self.visits = visits
        self.bronzeVisits = bronzeVisits
        self.visitedLeads = visitedLeads
        self.convertedLeads = convertedLeads
        self.revenue = revenue
    }
}
