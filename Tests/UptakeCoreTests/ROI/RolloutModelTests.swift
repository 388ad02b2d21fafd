import Testing
@testable import UptakeCore

@Suite("Rollout model")
struct RolloutModelTests {
    /// A 40-rep monthly rollout used by the ROI tests.
    static let example = RolloutModel(
        buildCost: 60_000, licenceCostPerPeriod: 2_000, runningCostPerPeriod: 1_500, reps: 40,
        trainingHoursPerRep: 6, trainingHourlyRate: 55, marginPerUnit: 900, horizon: 24,
        discountRatePerPeriod: 0.008
    )
    let model = example

    @Test func cashFlowsFollowTheDefinition() {
        let flows = model.cashFlows(uplift: 0.42).values
        #expect(flows.count == 25)
        #expect(flows[0] == -(60_000 + 40 * 6 * 55))  // -73,200
        #expect(abs(flows[1] - (0.42 * 900 * 40 - 3_500)) < 1e-9)  // 11,620
        #expect(Set(flows.dropFirst()).count == 1)
    }

    @Test func npvIsIncreasingInTheUplift() {
        #expect(model.npv(uplift: 0) < 0)
        #expect(model.npv(uplift: 0.42) > model.npv(uplift: 0.2))
    }
}
