/// A pilot's power calculation, as designed: clustering by rep through the design effect
/// 1 + (m - 1) × ICC, with the ICC estimated from the reps' weekly history.
public struct PilotPower: Hashable, Sendable, Codable {
    /// The intraclass correlation of weekly values within a rep (one-way ANOVA estimator, clamped at 0).
    public var icc: Double
    /// Whether the ICC could be estimated (false: too little history or no variation, and 0 was used).
    public var iccEstimated: Bool
    /// Standard deviation of one rep-week's value over the pre-period.
    public var standardDeviation: Double
    /// Weeks per rep (m).
    public var weeks: Int
    /// Reps in the pilot.
    public var reps: Int
    /// 1 + (m - 1) × ICC.
    public var designEffect: Double
    /// The smallest effect detected with 80% power at the plan's alpha, in the metric's unit.
    public var minimumDetectableEffect: Double?
    /// The MDE relative to the pre-period mean of the metric.
    public var minimumDetectableRelative: Double?

    enum CodingKeys: String, CodingKey {
        case icc, iccEstimated = "icc_estimated", standardDeviation = "standard_deviation", weeks, reps
        case designEffect = "design_effect", minimumDetectableEffect = "minimum_detectable_effect"
        case minimumDetectableRelative = "minimum_detectable_relative"
    }
}
