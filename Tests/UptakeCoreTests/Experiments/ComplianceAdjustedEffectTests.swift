import Testing
@testable import UptakeCore

@Suite("Compliance-adjusted effect (CACE)")
struct ComplianceAdjustedEffectTests {
    @Test func pointEstimateMatchesStatsmodelsIV2SLS() throws {
        let fixture = try PilotFixture.load()
        let cace = try ComplianceAdjustedEffect(observations: PilotFixture.rows())
        #expect(EvidenceFixtures.close(cace.effect.estimate, fixture.cace.estimate, relative: 1e-10))
        #expect(EvidenceFixtures.close(cace.effect.standardError, fixture.cace.standard_error!, relative: 1e-9))
    }

    @Test func undefinedWhenAcceptanceIsTheSameInBothArms() {
        let rows = (0..<8).map { PilotObservation(arm: $0 % 2 == 0 ? .treatment : .control, metric: Double($0),
                                                  compliance: 0.5) }
        #expect(throws: StatisticsError.self) { try ComplianceAdjustedEffect(observations: rows) }
    }
}
