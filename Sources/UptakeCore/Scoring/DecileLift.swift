/// Lift and gain for one decile of leads ranked by score (decile 1 holds the highest scores).
public struct DecileLift: Hashable, Sendable, Codable {
    /// The decile, 1 (best-scored tenth) to 10.
    public var decile: Int
    /// Leads in this decile.
    public var count: Int
    /// Positives in this decile.
    public var positives: Int
    /// This decile's positive rate divided by the overall positive rate.
    public var lift: Double
    /// The share of all positives found in deciles 1 through this one.
    public var cumulativeGain: Double
    /// The positive rate of deciles 1 through this one, divided by the overall positive rate.
    public var cumulativeLift: Double

    /// Makes a decile row.
    ///
    /// - Parameters:
    ///   - decile: 1 to 10.
    ///   - count: Leads in the decile.
    ///   - positives: Positives in the decile.
    ///   - lift: The decile's lift.
    ///   - cumulativeGain: The cumulative share of positives.
    ///   - cumulativeLift: The cumulative lift.
    public init(
        decile: Int, count: Int, positives: Int, lift: Double, cumulativeGain: Double, cumulativeLift: Double
    ) {
        self.decile = decile
        self.count = count
        self.positives = positives
        self.lift = lift
        self.cumulativeGain = cumulativeGain
        self.cumulativeLift = cumulativeLift
    }
}
