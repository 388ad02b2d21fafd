/// Executives' mean confidence minus a front-line group's, with Welch's interval.
///
/// A positive gap means executives expect more of the model than the people who must use it. Welch's
/// unequal-variance interval (``WelchTest``) is checked against statsmodels'
/// `CompareMeans.tconfint_diff(usevar="unequal")` on `Tests/UptakeCoreTests/Fixtures/pulse/gap.json`.
public struct ConfidenceGap: Hashable, Sendable, Encodable {
    /// The front-line group compared ("front line" or a team's name).
    public let group: String
    /// Executives' mean confidence minus the group's, with its interval and p-value.
    public let gap: EffectEstimate
    /// The interval's confidence level.
    public let confidenceLevel: Double
    /// Welch–Satterthwaite degrees of freedom.
    public let degreesOfFreedom: Double

    /// Compares two published groups' confidence ratings.
    init?(group: String, executives: [PulseAnswer], frontLine: [PulseAnswer], alpha: Double = 0.05) {
        guard let test = try? WelchTest(
            treatment: executives.map { Double($0.scores.confidence) },
            control: frontLine.map { Double($0.scores.confidence) }, alpha: alpha)
        else { return nil }
        self.group = group
        self.gap = test.effect
        self.confidenceLevel = 1 - alpha
        self.degreesOfFreedom = test.degreesOfFreedom
    }
}
