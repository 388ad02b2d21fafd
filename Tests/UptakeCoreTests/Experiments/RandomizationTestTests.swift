import Testing
@testable import UptakeCore

@Suite("Randomization inference against scipy.stats.permutation_test")
struct RandomizationTestTests {
    @Test func exactEnumerationMatchesScipy() throws {
        let fixture = try PilotFixture.load()
        let rows = try PilotFixture.rows().prefix(fixture.randomization.exact_subset_rows)
        var generator = ExperimentRandom(seed: 1)
        let test = RandomizationTest(
            treatment: rows.filter { $0.arm == .treatment }.map(\.metric),
            control: rows.filter { $0.arm == .control }.map(\.metric), using: &generator
        )
        #expect(test.isExact)
        #expect(test.relabellings == 3003)  // C(14, 8)
        #expect(EvidenceFixtures.close(test.pValue, fixture.randomization.exact_p_value, relative: 1e-12))
    }

    @Test func seededDrawsRepeat() {
        let t = (0..<30).map { Double($0 % 7) + 0.5 }, c = (0..<30).map { Double($0 % 5) }
        var g1 = ExperimentRandom(seed: 9), g2 = ExperimentRandom(seed: 9)
        let a = RandomizationTest(treatment: t, control: c, draws: 2_000, using: &g1)
        let b = RandomizationTest(treatment: t, control: c, draws: 2_000, using: &g2)
        #expect(!a.isExact)
        #expect(a.pValue == b.pValue)
        #expect(a.pValue < 0.05)
    }
}
