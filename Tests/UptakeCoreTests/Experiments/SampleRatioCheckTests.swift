import Testing
@testable import UptakeCore

@Suite("Sample-ratio-mismatch check against scipy.stats.chisquare")
struct SampleRatioCheckTests {
    @Test func matchesScipyOnEveryCase() throws {
        for c in try PilotFixture.load().srm {
            let check = try SampleRatioCheck(counts: c.counts, plannedShares: c.shares)
            #expect(EvidenceFixtures.close(check.statistic, c.statistic, relative: 1e-12), "\(c.counts)")
            #expect(EvidenceFixtures.close(check.pValue, c.p_value, relative: 1e-10), "\(c.counts)")
        }
    }

    @Test func flagsAGrossMismatch() throws {
        // 600 vs 400 under a 50/50 plan: chi2 = 40, p ≈ 2.5e-10.
        let check = try SampleRatioCheck(counts: [600, 400], plannedShares: [0.5, 0.5])
        #expect(check.isMismatch)
        #expect(try !SampleRatioCheck(counts: [540, 460], plannedShares: [0.5, 0.5]).isMismatch)
    }
}
