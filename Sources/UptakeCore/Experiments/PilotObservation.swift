/// One rep's row in a pilot analysis: the arm, the outcome and the optional covariates.
///
/// The rep is the unit of randomization (DESIGN.md, "Pilot"), so each rep contributes exactly one
/// row; per-event data is aggregated to the rep first, which makes every interval cluster-robust.
public struct PilotObservation: Hashable, Sendable, Codable {
    /// The arm the rep was randomized to.
    public var arm: PilotArm
    /// The outcome metric Y over the pilot (for example bronze leads converted per week).
    public var metric: Double
    /// The same metric over the pre-period, the CUPED covariate X; `nil` when not recorded.
    public var preMetric: Double?
    /// The share of suggestions the rep accepted (0...1), the compliance measure; `nil` when not recorded.
    public var compliance: Double?

    /// Makes an observation.
    ///
    /// - Parameters:
    ///   - arm: The randomized arm.
    ///   - metric: The outcome Y.
    ///   - preMetric: The pre-period value of the outcome, if any.
    ///   - compliance: The acceptance rate, if any.
    public init(arm: PilotArm, metric: Double, preMetric: Double? = nil, compliance: Double? = nil) {
        self.arm = arm
        self.metric = metric
        self.preMetric = preMetric
        self.compliance = compliance
    }
}
