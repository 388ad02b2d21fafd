/// How much the planner may add to a rep's day.
public struct PlanLimits: Hashable, Sendable, Codable {
    /// At most this many suggested stops per day.
    public var maxAddedStops: Int
    /// Extra driving allowed per suggested stop, in minutes. Counted per run of suggestions between two
    /// consecutive fixed places (start, appointments, end): a run of `m` suggestions may add at most
    /// `m × maxExtraMinutesPerStop` minutes of travel over driving straight between those two places.
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
