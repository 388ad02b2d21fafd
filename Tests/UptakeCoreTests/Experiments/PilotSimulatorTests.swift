import Testing
@testable import UptakeCore

@Suite("Pilot simulator")
struct PilotSimulatorTests {
    @Test func plantsTheDesignItDescribes() {
        let simulator = PilotSimulator(reps: 101, treatmentShare: 0.4, effect: 0.8, complierShare: 0.6)
        var generator = ExperimentRandom(seed: 1)
        let rows = simulator.simulate(using: &generator)
        #expect(rows.count == 101)
        #expect(rows.filter { $0.arm == .treatment }.count == 40)
        // Only treated compliers take up the suggestions.
        #expect(rows.filter { $0.arm == .control }.allSatisfy { $0.compliance == 0 })
        #expect(abs(simulator.plantedITT - 0.48) < 1e-12)
    }
}
