/// The NPV's distribution when the uplift is uncertain: Monte Carlo over the uplift's sampling distribution.
///
/// Each draw takes an uplift from N(estimate, standard error²), the normal approximation behind the
/// pilot's interval, and computes the NPV of the rollout. Quantiles use linear interpolation between
/// order statistics (numpy's default, Hyndman & Fan type 7). Encodes as
/// `{p10, p50, p90, mean, probability_positive, draws}`.
public struct ROIDistribution: Hashable, Sendable, Codable {
    /// 10th percentile of the NPV.
    public var p10: Double
    /// Median NPV.
    public var p50: Double
    /// 90th percentile of the NPV.
    public var p90: Double
    /// Mean NPV over the draws.
    public var mean: Double
    /// Share of draws with NPV > 0.
    public var probabilityPositive: Double
    /// Number of draws.
    public var draws: Int

    enum CodingKeys: String, CodingKey {
        case p10, p50, p90, mean, probabilityPositive = "probability_positive", draws
    }

    /// Simulates the NPV.
    ///
    /// - Parameters:
    ///   - model: The rollout's costs and benefits.
    ///   - uplift: The measured uplift per rep per period, with its standard error.
    ///   - draws: Number of Monte Carlo draws.
    ///   - generator: Seeded randomness, so the same pilot gives the same distribution.
    /// - Throws: ``StatisticsError`` `.invalidArgument` when `draws` < 2 or the standard error is negative
    ///   or not finite.
    public init<G: RandomNumberGenerator>(
        model: RolloutModel, uplift: EffectEstimate, draws: Int = 10_000, using generator: inout G
    ) throws {
        guard draws >= 2, uplift.standardError >= 0, uplift.standardError.isFinite else {
            throw StatisticsError(.invalidArgument, "need at least two draws and a finite standard error")
        }
        let sampling = NormalDistribution(mean: uplift.estimate, standardDeviation: uplift.standardError)
        var npvs = [Double]()
        npvs.reserveCapacity(draws)
        for _ in 0..<draws {
            npvs.append(model.npv(uplift: sampling.sample(using: &generator)))
        }
        npvs.sort()
        func quantile(_ q: Double) -> Double {
            let position = q * Double(draws - 1)
            let lower = Int(position.rounded(.down)), upper = min(lower + 1, draws - 1)
            return npvs[lower] + (position - Double(lower)) * (npvs[upper] - npvs[lower])
        }
        p10 = quantile(0.1)
        p50 = quantile(0.5)
        p90 = quantile(0.9)
        mean = npvs.reduce(0, +) / Double(draws)
        probabilityPositive = Double(npvs.filter { $0 > 0 }.count) / Double(draws)
        self.draws = draws
    }
}
