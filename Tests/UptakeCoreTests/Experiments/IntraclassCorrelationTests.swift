import Testing
@testable import UptakeCore

@Suite("ICC by one-way ANOVA against scipy.stats.f_oneway")
struct IntraclassCorrelationTests {
    struct ICC: Decodable { var groups: [[Double]]; var f: Double; var m0: Double; var icc: Double }
    struct Fixture: Decodable { var icc: ICC }

    @Test func matchesScipyF() throws {
        let fixture = try EvidenceFixtures.load(Fixture.self, "pilot_design.json").icc
        let estimate = try IntraclassCorrelation(groups: fixture.groups)
        #expect(EvidenceFixtures.close(estimate.fStatistic, fixture.f, relative: 1e-10))
        #expect(EvidenceFixtures.close(estimate.adjustedGroupSize, fixture.m0, relative: 1e-12))
        #expect(EvidenceFixtures.close(estimate.icc, fixture.icc, relative: 1e-10))
    }

    @Test func constantGroupsAreRejected() {
        #expect(throws: StatisticsError.self) { try IntraclassCorrelation(groups: [[1, 1], [2, 2]]) }
    }
}
