/// The complier average causal effect (CACE): the effect among reps who take up the suggestions.
///
/// The Wald / instrumental-variable estimator ITT_Y / ITT_D, with D the acceptance rate and the random
/// arm as the instrument (Angrist, Imbens & Rubin 1996). Its variance is by the delta method:
/// Var ≈ [Var(ITT_Y) − 2·CACE·Cov(ITT_Y, ITT_D) + CACE²·Var(ITT_D)] / ITT_D², with the
/// covariances of the two arm-mean differences taken within arms; the interval is normal.
public struct ComplianceAdjustedEffect: Hashable, Sendable {
    /// The CACE with its delta-method interval and p-value.
    public var effect: EffectEstimate
    /// The difference in mean acceptance rate between arms (the first stage).
    public var complianceDifference: Double

    /// Estimates the CACE.
    ///
    /// - Parameters:
    ///   - observations: Rows that all carry a compliance value.
    ///   - alpha: One minus the confidence level.
    /// - Throws: ``StatisticsError`` `.insufficientData` when a compliance value is missing or an arm has
    ///   fewer than two reps, `.noVariation` when acceptance does not differ between arms.
    public init(observations: [PilotObservation], alpha: Double = 0.05) throws {
        var y: [PilotArm: [Double]] = [.treatment: [], .control: []]
        var d: [PilotArm: [Double]] = [.treatment: [], .control: []]
        for row in observations {
            guard let c = row.compliance else {
                throw StatisticsError(.insufficientData,
                                      "the compliance-adjusted effect needs a compliance value for every rep")
            }
            y[row.arm, default: []].append(row.metric)
            d[row.arm, default: []].append(c)
        }
        let yt = y[.treatment]!, yc = y[.control]!, dt = d[.treatment]!, dc = d[.control]!
        guard yt.count >= 2, yc.count >= 2 else {
            throw StatisticsError(.insufficientData, "the compliance-adjusted effect needs two reps in each arm")
        }
        let mt = SampleMoments(yt), mc = SampleMoments(yc), ct = SampleMoments(dt), cc = SampleMoments(dc)
        let nt = Double(yt.count), nc = Double(yc.count)
        let ittY = mt.mean - mc.mean
        let ittD = ct.mean - cc.mean
        guard abs(ittD) > 1e-12 else {
            throw StatisticsError(.noVariation, "acceptance does not differ between arms: the CACE is undefined")
        }
        let varY = mt.variance / nt + mc.variance / nc
        let varD = ct.variance / nt + cc.variance / nc
        let covYD = SampleMoments.covariance(yt, dt) / nt + SampleMoments.covariance(yc, dc) / nc
        let cace = ittY / ittD
        let variance = max(0, (varY - 2 * cace * covYD + cace * cace * varD) / (ittD * ittD))
        let se = variance.squareRoot()
        let z = NormalDistribution.standardQuantile(1 - alpha / 2)
        complianceDifference = ittD
        effect = EffectEstimate(
            estimate: cace, ciLow: cace - z * se, ciHigh: cace + z * se, standardError: se,
            pValue: se > 0 ? 2 * NormalDistribution.standard.survival(abs(cace) / se) : nil
        )
    }
}
