import Testing
@testable import UptakeCore

@Suite("Sequential (always-valid) interval against gbstats")
struct SequentialIntervalTests {
    @Test func matchesGbstatsWithItsDefaultTuning() throws {
        let fixture = try PilotFixture.load()
        let seq = try SequentialInterval(
            treatment: SampleMoments(PilotFixture.metrics(.treatment)),
            control: SampleMoments(PilotFixture.metrics(.control)),
            tuning: 5000, alpha: fixture.alpha
        )
        let expected = fixture.sequential_tuning_5000
        #expect(EvidenceFixtures.close(seq.effect.ciLow, expected.ci_low, relative: 1e-9))
        #expect(EvidenceFixtures.close(seq.effect.ciHigh, expected.ci_high, relative: 1e-9))
        #expect(EvidenceFixtures.close(seq.effect.pValue ?? .nan, expected.p_value!, relative: 1e-9))
    }

    @Test func rejectsANonPositiveTuning() {
        #expect(throws: StatisticsError.self) {
            try SequentialInterval(treatment: SampleMoments([1, 2]), control: SampleMoments([1, 3]), tuning: 0)
        }
    }
}
