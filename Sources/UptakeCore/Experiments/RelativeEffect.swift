/// The relative uplift, (treatment mean − control mean) / control mean, with a delta-method interval.
///
/// Var ≈ s²ₜ/(ȳ꜀² nₜ) + s²꜀ ȳₜ² / (ȳ꜀⁴ n꜀), the first-order delta method for a ratio of independent
/// means; the interval uses Student t with the Welch degrees of freedom. This is GrowthBook `gbstats`'
/// `TwoSidedTTest` with `difference_type="relative"`, which the tests compare against.
public struct RelativeEffect: Hashable, Sendable {
    /// The relative uplift (0.12 = +12 %) with its interval and p-value.
    public var effect: EffectEstimate

    /// Estimates the relative uplift.
    ///
    /// - Parameters:
    ///   - treatment: Moments of the treatment sample.
    ///   - control: Moments of the control sample.
    ///   - alpha: One minus the confidence level.
    /// - Throws: ``StatisticsError`` `.noVariation` when the control mean is zero; errors of ``WelchTest``.
    public init(treatment: SampleMoments, control: SampleMoments, alpha: Double = 0.05) throws {
        let welch = try WelchTest(treatment: treatment, control: control, alpha: alpha)
        let mc = control.mean, mt = treatment.mean
        guard mc != 0 else {
            throw StatisticsError(.noVariation, "the control mean is zero: a relative uplift is undefined")
        }
        let variance = treatment.variance / (mc * mc * Double(treatment.count))
            + control.variance * mt * mt / (mc * mc * mc * mc * Double(control.count))
        let se = variance.squareRoot()
        let estimate = (mt - mc) / mc
        let t = StudentTDistribution(degreesOfFreedom: welch.degreesOfFreedom)
        let half = t.quantile(1 - alpha / 2) * se
        effect = EffectEstimate(
            estimate: estimate, ciLow: estimate - half, ciHigh: estimate + half, standardError: se,
            pValue: t.twoSidedTail(estimate / se)
        )
    }
}
