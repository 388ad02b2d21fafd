import Testing
@testable import UptakeCore

@Suite("ROI Monte Carlo")
struct ROIDistributionTests {
    let model = RolloutModelTests.example

    /// The NPV is linear in the uplift, so with a normal uplift its quantiles are known in closed form:
    /// NPV(μ) + z_q · σ · slope. The Monte Carlo must agree with them within simulation error.
    @Test func quantilesMatchTheClosedForm() throws {
        let uplift = EffectEstimate(estimate: 0.42, ciLow: 0.11, ciHigh: 0.73, standardError: 0.158)
        var generator = ExperimentRandom(seed: 42)
        let dist = try ROIDistribution(model: model, uplift: uplift, draws: 40_000, using: &generator)
        let slope = model.npv(uplift: 1) - model.npv(uplift: 0)
        let sd = uplift.standardError * slope
        let centre = model.npv(uplift: uplift.estimate)
        let z = NormalDistribution.standard
        // Quantile standard error ≈ sqrt(q(1-q)/n)/φ(z_q)·sd ≈ 0.009·sd at the 10th percentile.
        #expect(abs(dist.p50 - centre) < 0.03 * sd)
        #expect(abs(dist.p10 - (centre + z.quantile(0.1) * sd)) < 0.04 * sd)
        #expect(abs(dist.p90 - (centre + z.quantile(0.9) * sd)) < 0.04 * sd)
        let exactPositive = z.survival(-centre / sd)
        #expect(abs(dist.probabilityPositive - exactPositive) < 0.01)
        #expect(dist.p10 < dist.p50 && dist.p50 < dist.p90)
    }

    @Test func sameSeedSameDistribution() throws {
        let uplift = EffectEstimate(estimate: 0.2, ciLow: -0.1, ciHigh: 0.5, standardError: 0.15)
        var a = ExperimentRandom(seed: 3), b = ExperimentRandom(seed: 3)
        #expect(try ROIDistribution(model: model, uplift: uplift, draws: 1_000, using: &a)
            == ROIDistribution(model: model, uplift: uplift, draws: 1_000, using: &b))
    }
}
