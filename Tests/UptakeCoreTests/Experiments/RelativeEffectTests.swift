import Testing
@testable import UptakeCore

@Suite("Relative uplift")
struct RelativeEffectTests {
    @Test func matchesGbstatsRelative() throws {
        let fixture = try PilotFixture.load()
        let relative = try RelativeEffect(treatment: SampleMoments(PilotFixture.metrics(.treatment)),
                                          control: SampleMoments(PilotFixture.metrics(.control)))
        #expect(EvidenceFixtures.close(relative.effect.ciLow, fixture.relative.ci_low, relative: 1e-9))
        #expect(EvidenceFixtures.close(relative.effect.pValue ?? .nan, fixture.relative.p_value!, relative: 1e-9))
    }

    @Test func undefinedForAZeroControlMean() {
        #expect(throws: StatisticsError.self) {
            try RelativeEffect(treatment: SampleMoments([1, 2]), control: SampleMoments([-1, 1]))
        }
    }
}
