import Foundation
import Testing
@testable import UptakeCore

@Suite("Pilot analysis against statsmodels, scipy and gbstats")
struct PilotAnalysisTests {
    let fixture: PilotFixture
    let analysis: PilotAnalysis

    init() throws {
        fixture = try PilotFixture.load()
        analysis = try PilotAnalysis(
            observations: try PilotFixture.rows(),
            options: .init(alpha: fixture.alpha, sequentialTuning: 80,
                           metricDescription: "bronze leads converted a week")
        )
    }

    private func expectMatch(_ ours: EffectEstimate?, _ theirs: PilotFixture.Estimate, _ what: String,
                             tolerance: Double = 1e-9, comparePValue: Bool = true) {
        guard let ours else {
            Issue.record("\(what) missing")
            return
        }
        #expect(EvidenceFixtures.close(ours.estimate, theirs.estimate, relative: tolerance), "\(what) estimate")
        #expect(EvidenceFixtures.close(ours.ciLow, theirs.ci_low, relative: tolerance), "\(what) ci_low")
        #expect(EvidenceFixtures.close(ours.ciHigh, theirs.ci_high, relative: tolerance), "\(what) ci_high")
        if comparePValue, let p = theirs.p_value {
            #expect(EvidenceFixtures.close(ours.pValue ?? .nan, p, relative: tolerance), "\(what) p")
        }
        if let se = theirs.standard_error {
            #expect(EvidenceFixtures.close(ours.standardError, se, relative: tolerance), "\(what) se")
        }
    }

    @Test func ittWelchMatchesStatsmodels() {
        expectMatch(analysis.itt, fixture.itt, "ITT")
        #expect(EvidenceFixtures.close(analysis.ittDegreesOfFreedom, fixture.itt.df!, relative: 1e-12))
        #expect(analysis.treatmentCount == 43 && analysis.controlCount == 37)
    }

    @Test func cupedMatchesStatsmodelsOLSWithHC2() {
        expectMatch(analysis.cuped, fixture.cuped, "CUPED")
        #expect(EvidenceFixtures.close(analysis.cupedTheta ?? .nan, fixture.cuped.theta!, relative: 1e-9))
        #expect(EvidenceFixtures.close(analysis.cupedVarianceReduction ?? .nan, fixture.cuped.variance_reduction!,
                                       relative: 1e-9))
    }

    @Test func sequentialMatchesGbstats() {
        expectMatch(analysis.sequential, fixture.sequential, "sequential", comparePValue: true)
        // The always-valid interval is wider than the fixed-sample one: that is the price of peeking.
        #expect(analysis.sequential.ciHigh - analysis.sequential.ciLow > analysis.itt.ciHigh - analysis.itt.ciLow)
    }

    @Test func relativeMatchesGbstats() {
        expectMatch(analysis.relative, fixture.relative, "relative")
    }

    @Test func caceMatchesIV2SLSPointAndDeltaMethodInterval() {
        expectMatch(analysis.cace, fixture.cace, "CACE")
        #expect(EvidenceFixtures.close(analysis.complianceDifference ?? .nan, fixture.cace.compliance_difference!,
                                       relative: 1e-12))
    }

    @Test func srmAndRandomizationAreReported() {
        #expect(EvidenceFixtures.close(analysis.srmPValue, fixture.srm[0].p_value, relative: 1e-10))
        #expect(!analysis.srmFlagged)
        // 80 reps: C(80, 43) is far beyond enumeration, so 10,000 seeded relabellings; scipy's 200,000-draw
        // p-value is about 0.010, and our Monte Carlo standard error is about 0.001.
        #expect(!analysis.randomizationIsExact)
        #expect(abs(analysis.randomizationPValue - fixture.randomization.monte_carlo_p_value) < 0.004)
    }

    @Test func encodesWithTheCLIKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(JSONSerialization.jsonObject(with: encoder.encode(analysis)) as? [String: Any])
        for key in ["itt", "cuped", "sequential", "cace", "relative", "srm_p_value", "summary"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        let itt = try #require(json["itt"] as? [String: Any])
        #expect(Set(itt.keys).isSuperset(of: ["estimate", "ci_low", "ci_high", "p_value"]))
    }

    @Test func summaryStatesTheEffectAndInterval() {
        #expect(analysis.summary.hasPrefix(
            "Treatment reps averaged 0.57 more bronze leads converted a week than control reps (95% CI 0.15 to 0.99;"))
        #expect(analysis.summary.contains("always-valid"))
        #expect(!analysis.summary.contains("Warning"))
    }

    @Test func missingColumnsLeaveOptionalEstimatesOut() throws {
        let rows = try PilotFixture.rows().map { PilotObservation(arm: $0.arm, metric: $0.metric) }
        let bare = try PilotAnalysis(observations: rows)
        #expect(bare.cuped == nil && bare.cace == nil)
        #expect(bare.relative != nil)
        // Absent estimates are explicit nulls in JSON, and the value decodes back.
        let json = String(decoding: try JSONEncoder().encode(bare), as: UTF8.self)
        #expect(json.contains(#""cuped":null"#) && json.contains(#""cace":null"#))
        #expect(try JSONDecoder().decode(PilotAnalysis.self, from: Data(json.utf8)) == bare)
    }

    @Test func aSampleRatioMismatchIsFlaggedInTheSummary() throws {
        // 70 vs 30 reps under a 50/50 plan: chi2 = 16, p ≈ 6e-5.
        let rows = (0..<100).map { PilotObservation(arm: $0 < 70 ? .treatment : .control, metric: Double($0 % 7)) }
        let analysis = try PilotAnalysis(observations: rows)
        #expect(analysis.srmFlagged)
        #expect(analysis.summary.contains("Warning: the arm sizes (70 vs 30)"))
    }

    @Test func rejectsAnArmWithOneRep() {
        let rows = [PilotObservation(arm: .treatment, metric: 1), PilotObservation(arm: .control, metric: 2),
                    PilotObservation(arm: .control, metric: 3)]
        #expect(throws: StatisticsError.self) { try PilotAnalysis(observations: rows) }
    }
}
