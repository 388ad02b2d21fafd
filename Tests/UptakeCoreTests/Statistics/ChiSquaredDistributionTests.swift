import Foundation
import Testing
@testable import UptakeCore

@Suite("Chi-squared distribution against scipy.stats.chi2")
struct ChiSquaredDistributionTests {
    struct Point: Decodable { var df: Double; var x: Double; var cdf: Double; var sf: Double }
    struct Quantile: Decodable { var df: Double; var p: Double; var ppf: Double }
    struct Fixture: Decodable {
        var chi_squared: [Point]
        var chi_squared_quantiles: [Quantile]
    }

    @Test func cdfAndSurvivalMatchScipy() throws {
        let fixture = try EvidenceFixtures.load(Fixture.self, "distributions.json")
        for point in fixture.chi_squared {
            let chi = ChiSquaredDistribution(degreesOfFreedom: point.df)
            #expect(EvidenceFixtures.close(chi.cdf(point.x), point.cdf, relative: 1e-10, absolute: 1e-300),
                    "cdf(\(point.x); \(point.df))")
            #expect(EvidenceFixtures.close(chi.survival(point.x), point.sf, relative: 1e-10, absolute: 1e-300),
                    "sf(\(point.x); \(point.df))")
        }
    }

    @Test func quantileMatchesScipy() throws {
        let fixture = try EvidenceFixtures.load(Fixture.self, "distributions.json")
        for q in fixture.chi_squared_quantiles {
            let chi = ChiSquaredDistribution(degreesOfFreedom: q.df)
            #expect(EvidenceFixtures.close(chi.quantile(q.p), q.ppf, relative: 1e-10), "ppf(\(q.p); \(q.df))")
        }
    }
}
