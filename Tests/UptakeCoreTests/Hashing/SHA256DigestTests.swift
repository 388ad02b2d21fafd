import Foundation
import Testing
import UptakeCore

@Suite("SHA256Digest")
struct SHA256DigestTests {
    private struct Vector: Decodable {
        var input: String
        var sha256: String
    }

    /// Against Python's hashlib (`scripts/fixtures/evidence/make_sha256_fixture.py`), including the
    /// padding boundaries at 55, 56, 63, 64 and 65 bytes.
    @Test func matchesHashlib() throws {
        let vectors = try EvidenceFixtures.load([Vector].self, "sha256.json")
        #expect(vectors.count == 10)
        for vector in vectors {
            #expect(SHA256Digest.hex(Data(vector.input.utf8)) == vector.sha256, "\(vector.input.prefix(20))")
        }
    }

    @Test func aPlanHashChangesWithThePlanAndOnlyThen() throws {
        let plan = AnalysisPlan(pilotName: "p", metric: "m", metricDescription: "d", startDate: "2026-01-05",
                                horizonWeeks: 8, plannedReps: 20)
        var other = plan
        other.alpha = 0.1
        #expect(try plan.planHash() == plan.planHash())
        #expect(try plan.planHash() != other.planHash())
        #expect(try plan.planHash() == "sha256:" + SHA256Digest.hex(plan.canonicalJSON()))
    }
}
