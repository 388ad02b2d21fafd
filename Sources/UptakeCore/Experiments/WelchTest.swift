/// Welch's unequal-variance t test and interval for a difference in means.
///
/// Variance s²ₜ/nₜ + s²꜀/n꜀; degrees of freedom by Welch–Satterthwaite (Welch 1947). Checked against
/// statsmodels' `CompareMeans.tconfint_diff(usevar="unequal")` and `ttest_ind(usevar="unequal")`.
public struct WelchTest: Hashable, Sendable {
    /// Treatment mean minus control mean, with the Welch interval and p-value.
    public var effect: EffectEstimate
    /// The Welch–Satterthwaite degrees of freedom.
    public var degreesOfFreedom: Double

    /// Runs the test.
    ///
    /// - Parameters:
    ///   - treatment: Moments of the treatment sample.
    ///   - control: Moments of the control sample.
    ///   - alpha: One minus the confidence level.
    /// - Throws: ``StatisticsError`` `.insufficientData` with fewer than two observations in an arm,
    ///   `.noVariation` when both arms are constant.
    public init(treatment: SampleMoments, control: SampleMoments, alpha: Double = 0.05) throws {
        guard treatment.count >= 2, control.count >= 2 else {
            throw StatisticsError(.insufficientData, "Welch's test needs at least two observations in each arm")
        }
        let vt = treatment.variance / Double(treatment.count)
        let vc = control.variance / Double(control.count)
        let variance = vt + vc
        guard variance > 0 else {
            throw StatisticsError(.noVariation, "the metric does not vary within either arm")
        }
        let df = variance * variance
            / (vt * vt / Double(treatment.count - 1) + vc * vc / Double(control.count - 1))
        let se = variance.squareRoot()
        let difference = treatment.mean - control.mean
        let t = StudentTDistribution(degreesOfFreedom: df)
        let half = t.quantile(1 - alpha / 2) * se
        degreesOfFreedom = df
        effect = EffectEstimate(
            estimate: difference, ciLow: difference - half, ciHigh: difference + half,
            standardError: se, pValue: t.twoSidedTail(difference / se)
        )
    }

    /// Runs the test on raw samples.
    ///
    /// - Parameters:
    ///   - treatment: The treatment values.
    ///   - control: The control values.
    ///   - alpha: One minus the confidence level.
    /// - Throws: As ``init(treatment:control:alpha:)-(SampleMoments,_,_)``.
    public init(treatment: [Double], control: [Double], alpha: Double = 0.05) throws {
        try self.init(treatment: SampleMoments(treatment), control: SampleMoments(control), alpha: alpha)
    }
}
