import Testing
@testable import UptakeCore

@Suite("Welch test")
struct WelchTestTests {
    @Test func matchesStatsmodelsOnTheFixturePilot() throws {
        let fixture = try PilotFixture.load()
        let welch = try WelchTest(treatment: PilotFixture.metrics(.treatment), control: PilotFixture.metrics(.control),
                                  alpha: fixture.alpha)
        #expect(EvidenceFixtures.close(welch.effect.ciLow, fixture.itt.ci_low, relative: 1e-9))
        #expect(EvidenceFixtures.close(welch.effect.ciHigh, fixture.itt.ci_high, relative: 1e-9))
        #expect(EvidenceFixtures.close(welch.degreesOfFreedom, fixture.itt.df!, relative: 1e-12))
    }

    @Test func needsTwoRepsPerArmAndSomeVariation() {
        #expect(throws: StatisticsError.self) { try WelchTest(treatment: [1], control: [1, 2]) }
        #expect(throws: StatisticsError.self) { try WelchTest(treatment: [1, 1], control: [2, 2]) }
    }
}
