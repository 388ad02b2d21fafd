import Testing
@testable import UptakeCore

@Suite("Cluster power and MDE against statsmodels NormalIndPower")
struct ClusterPowerAnalysisTests {
    struct Case: Decodable {
        var sd: Double
        var m: Double
        var icc: Double
        var reps: Int
        var share: Double
        var effect: Double
        var design_effect: Double
        var power: Double
        var mde_80: Double
        var mde_80_solve_power: Double
    }
    struct Fixture: Decodable { var power: [Case] }

    @Test func powerAndMDEMatchStatsmodels() throws {
        for c in try EvidenceFixtures.load(Fixture.self, "pilot_design.json").power {
            let analysis = ClusterPowerAnalysis(standardDeviation: c.sd, observationsPerRep: c.m, icc: c.icc,
                                                treatmentShare: c.share)
            #expect(EvidenceFixtures.close(analysis.designEffect, c.design_effect, relative: 1e-12))
            #expect(EvidenceFixtures.close(analysis.power(effect: c.effect, reps: c.reps), c.power, relative: 1e-10))
            // mde_80: statsmodels' power function solved tightly; solve_power itself stops near 1e-5.
            let mde = try analysis.minimumDetectableEffect(reps: c.reps)
            #expect(EvidenceFixtures.close(mde, c.mde_80, relative: 1e-9), "\(mde) vs \(c.mde_80)")
            #expect(EvidenceFixtures.close(mde, c.mde_80_solve_power, relative: 1e-4))
        }
    }

    @Test func repsNeededIsTheFirstSizeWithEnoughPower() throws {
        let analysis = ClusterPowerAnalysis(standardDeviation: 1, observationsPerRep: 8, icc: 0.2)
        let reps = try #require(analysis.repsNeeded(effect: 0.3))
        #expect(analysis.power(effect: 0.3, reps: reps) >= 0.8)
        #expect(analysis.power(effect: 0.3, reps: reps - 1) < 0.8)
    }
}
