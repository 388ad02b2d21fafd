import Foundation

/// An always-valid (anytime) confidence interval for a difference in means, safe under peeking.
///
/// The normal-mixture confidence sequence of Waudby-Smith et al. (2023), "Time-uniform central limit
/// theory and asymptotic confidence sequences", eq. 9, with the mixture variance ρ² chosen by eq. 161 so
/// that the sequence is tightest at N = `tuning` units. It is the asymptotic form of the mixture
/// sequential probability ratio test (mSPRT) of Johari et al. (2017), and exactly what GrowthBook's
/// `gbstats` (`SequentialTwoSidedTTest`, absolute difference) computes; the tests compare against it.
/// Because it holds uniformly over time, looking every week does not inflate the false-positive rate.
public struct SequentialInterval: Hashable, Sendable {
    /// The difference in means with the always-valid interval and its anytime p-value (1 / e-value).
    public var effect: EffectEstimate
    /// The mixture parameter ρ.
    public var rho: Double

    /// Computes the interval at the current look.
    ///
    /// - Parameters:
    ///   - treatment: Moments of the treatment sample so far.
    ///   - control: Moments of the control sample so far.
    ///   - tuning: The sample size (both arms) at which the interval should be tightest; fix it in the
    ///     frozen plan, typically the planned number of reps.
    ///   - alpha: The error rate over all looks.
    /// - Throws: ``StatisticsError`` from ``WelchTest`` when an arm is too small or constant,
    ///   `.invalidArgument` when `tuning` is not positive.
    public init(treatment: SampleMoments, control: SampleMoments, tuning: Double, alpha: Double = 0.05) throws {
        guard tuning > 0 else { throw StatisticsError(.invalidArgument, "sequential tuning must be positive") }
        let welch = try WelchTest(treatment: treatment, control: control, alpha: alpha)
        let variance = welch.effect.standardError * welch.effect.standardError
        let n = Double(treatment.count + control.count)
        let rho2 = (-2 * log(alpha) + log(-2 * log(alpha) + 1)) / tuning
        let s2 = variance * n
        let nr2p1 = n * rho2 + 1
        let width = s2.squareRoot() * (2 * nr2p1 * log(nr2p1.squareRoot() / alpha) / (n * n * rho2)).squareRoot()
        let estimate = welch.effect.estimate
        // e-value of the normal mixture (gbstats, eq. 155 of Waudby-Smith et al.).
        let st2 = estimate * estimate * n / variance
        let logEValue = rho2 * st2 / (2 * nr2p1) - 0.5 * log(nr2p1)
        rho = rho2.squareRoot()
        effect = EffectEstimate(
            estimate: estimate, ciLow: estimate - width, ciHigh: estimate + width,
            standardError: welch.effect.standardError, pValue: min(1, exp(-logEValue))
        )
    }
}
