import Foundation
import Testing
import UptakeCore
import UptakeReports

/// Pricing a rollout from a measured uplift: the one path the CLI, the digest and the pages take.
@Suite("RolloutROI")
struct RolloutROITests {
    @Test func pricesTheDemoRolloutAsTheRolloutModelAndTheMonteCarloDo() throws {
        let uplift = EffectEstimate(estimate: 0.3, ciLow: 0.1, ciHigh: 0.5, standardError: 0.1)
        let roi = try RolloutROI(model: RolloutROI.demoModel, uplift: uplift, draws: 2_000, seed: 7)
        // Upfront: build 25,000 + 50 reps x 4 hours x 60 = 37,000; then 0.3 x 400 x 50 - 150 a week.
        #expect(roi.upfrontCost == 37_000)
        #expect(abs(roi.cashFlowPerPeriod - (0.3 * 400 * 50 - 150)) < 1e-9)
        #expect(roi.flows.values.count == 105)
        var generator = SeededGenerator(seed: 7)
        let direct = try ROIDistribution(model: RolloutROI.demoModel, uplift: uplift, draws: 2_000, using: &generator)
        #expect(roi.summary == ROISummary(direct))
        #expect(roi.summary.npvP10 < roi.summary.npvP50 && roi.summary.npvP50 < roi.summary.npvP90)
    }
}
