/// How much the planner may add to a rep's day.
public struct PlanLimits: Hashable, Sendable, Codable {
    /// At most this many suggested stops per day.
    public var maxAddedStops: Int
    /// Extra driving allowed per suggested stop, in minutes. Two rules: each suggestion, visited alone
    /// between the two fixed places around it (start, located appointments, end), adds at most this much
    /// travel; and all suggestions together add at most `maxAddedStops × maxExtraMinutesPerStop` minutes
    /// to the day's travel. (A budget that grew with the number of stops, `m × limit` per run, would let
    /// a stop make a plan feasible that was not without it, which no insertion-based planner handles.)
    public var maxExtraMinutesPerStop: Double

    /// Makes limits.
    ///
    /// - Parameters:
    ///   - maxAddedStops: Suggestions per day (default 3).
    ///   - maxExtraMinutesPerStop: Extra travel per suggestion (default 20 minutes).
    public init(maxAddedStops: Int = 3, maxExtraMinutesPerStop: Double = 20) {
        self.maxAddedStops = maxAddedStops
        self.maxExtraMinutesPerStop = maxExtraMinutesPerStop
    }
}
