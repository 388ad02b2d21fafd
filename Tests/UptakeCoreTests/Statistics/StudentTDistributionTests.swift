import Foundation
import Testing
@testable import UptakeCore

@Suite("Student t distribution against scipy.stats.t")
struct StudentTDistributionTests {
    struct Point: Decodable { var df: Double; var x: Double; var cdf: Double; var two_sided: Double }
    struct Quantile: Decodable { var df: Double; var p: Double; var ppf: Double }
    struct Fixture: Decodable {
        var student_t: [Point]
        var student_t_quantiles: [Quantile]
    }

    @Test func cdfMatchesScipy() throws {
        let fixture = try EvidenceFixtures.load(Fixture.self, "distributions.json")
        for point in fixture.student_t {
            let t = StudentTDistribution(degreesOfFreedom: point.df)
            #expect(EvidenceFixtures.close(t.cdf(point.x), point.cdf, relative: 1e-10, absolute: 1e-15),
                    "cdf(\(point.x); \(point.df))")
            #expect(EvidenceFixtures.close(t.twoSidedTail(point.x), point.two_sided, relative: 1e-10),
                    "two-sided(\(point.x); \(point.df))")
        }
    }

    @Test func quantileMatchesScipy() throws {
        let fixture = try EvidenceFixtures.load(Fixture.self, "distributions.json")
        for q in fixture.student_t_quantiles {
            let t = StudentTDistribution(degreesOfFreedom: q.df)
            #expect(EvidenceFixtures.close(t.quantile(q.p), q.ppf, relative: 1e-10, absolute: 1e-14),
                    "ppf(\(q.p); \(q.df))")
        }
    }
}
