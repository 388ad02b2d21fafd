/// A rep's metric week by week before a pilot: the input to its design.
public struct RepHistory: Hashable, Sendable, Codable {
    /// The rep's id.
    public var id: String
    /// The rep's team.
    public var team: String
    /// The metric in each pre-period week, oldest first (conversions, or value, per week).
    public var weekly: [Double]

    /// Makes a history.
    ///
    /// - Parameters:
    ///   - id: The rep id.
    ///   - team: The team.
    ///   - weekly: Weekly values, oldest first.
    public init(id: String, team: String, weekly: [Double]) {
        self.id = id
        self.team = team
        self.weekly = weekly
    }

    /// The mean weekly value: the baseline conversion used for strata.
    public var weeklyMean: Double { weekly.isEmpty ? 0 : weekly.reduce(0, +) / Double(weekly.count) }
}
