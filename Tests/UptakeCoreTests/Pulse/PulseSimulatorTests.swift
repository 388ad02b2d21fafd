import Testing
@testable import UptakeCore

@Suite struct PulseSimulatorTests {
    @Test func answersAreFlaggedDeterministicAndShapedAsDescribed() throws {
        let simulator = PulseSimulator(repsByTeam: ["North": 20, "South": 20], responseRate: 1)
        var first = SeededGenerator(seed: 3), second = SeededGenerator(seed: 3)
        let answers = try simulator.answers(using: &first)
        #expect(answers == (try simulator.answers(using: &second)))
        #expect(answers.allSatisfy { $0.isSimulated })
        #expect(answers.count == 6 + 2 + 5 + 40)
        let results = PulseResults(answers: answers)
        #expect(results.includesSimulated)
        // Executives are simulated as more confident than the front line.
        #expect(try #require(results.gap).gap.estimate > 0)
    }
}
