import Testing
@testable import UptakeCore

@Suite("CUPED adjustment")
struct CUPEDAdjustmentTests {
    @Test func matchesStatsmodelsHC2() throws {
        let fixture = try PilotFixture.load()
        let rows = try PilotFixture.rows()
        let cuped = try CUPEDAdjustment(observations: rows, unadjustedStandardError: fixture.itt.standard_error!)
        #expect(EvidenceFixtures.close(cuped.effect.standardError, fixture.cuped.standard_error!, relative: 1e-9))
        #expect(EvidenceFixtures.close(cuped.theta, fixture.cuped.theta!, relative: 1e-9))
        // The pre-period explains much of the outcome here: the interval must be narrower than Welch's.
        #expect(cuped.varianceReduction > 0.5)
    }

    @Test func rejectsAMissingPrePeriodAndAConstantCovariate() {
        let missing = [PilotObservation(arm: .treatment, metric: 1, preMetric: 1),
                       PilotObservation(arm: .treatment, metric: 2),
                       PilotObservation(arm: .control, metric: 1, preMetric: 1),
                       PilotObservation(arm: .control, metric: 3, preMetric: 2)]
        #expect(throws: StatisticsError.self) { try CUPEDAdjustment(observations: missing, unadjustedStandardError: 1) }
        let constant = (0..<6).map {
            PilotObservation(arm: $0 < 3 ? .treatment : .control, metric: Double($0), preMetric: 5)
        }
        #expect(throws: StatisticsError.self) {
            try CUPEDAdjustment(observations: constant, unadjustedStandardError: 1)
        }
    }
}
