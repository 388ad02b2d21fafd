import Foundation
import Testing
@testable import UptakeCore

@Suite("Normal distribution against scipy.stats.norm")
struct NormalDistributionTests {
    struct Point: Decodable { var x: Double; var cdf: Double; var sf: Double }
    struct Quantile: Decodable { var p: Double; var ppf: Double }
    struct Fixture: Decodable {
        var normal: [Point]
        var normal_quantiles: [Quantile]
    }

    @Test func cdfAndSurvivalMatchScipy() throws {
        let fixture = try EvidenceFixtures.load(Fixture.self, "distributions.json")
        for point in fixture.normal {
            let n = NormalDistribution.standard
            #expect(EvidenceFixtures.close(n.cdf(point.x), point.cdf, relative: 1e-12, absolute: 1e-300),
                    "cdf(\(point.x))")
            #expect(EvidenceFixtures.close(n.survival(point.x), point.sf, relative: 1e-12, absolute: 1e-300),
                    "sf(\(point.x))")
        }
    }

    @Test func quantileMatchesScipy() throws {
        let fixture = try EvidenceFixtures.load(Fixture.self, "distributions.json")
        for q in fixture.normal_quantiles {
            #expect(EvidenceFixtures.close(NormalDistribution.standard.quantile(q.p), q.ppf,
                                           relative: 1e-12, absolute: 1e-15), "ppf(\(q.p))")
        }
    }

    @Test func seededDrawsHaveTheRightMomentsAndRepeat() {
        var a = ExperimentRandom(seed: 7), b = ExperimentRandom(seed: 7)
        let dist = NormalDistribution(mean: 3, standardDeviation: 2)
        let draws = (0..<20_000).map { _ in dist.sample(using: &a) }
        let again = (0..<20_000).map { _ in dist.sample(using: &b) }
        #expect(draws == again)
        let moments = SampleMoments(draws)
        // Standard errors: 2/sqrt(20000) ≈ 0.014 for the mean; about 0.02 for the SD.
        #expect(abs(moments.mean - 3) < 0.06)
        #expect(abs(moments.standardDeviation - 2) < 0.06)
    }
}
