import Foundation
import Testing
@testable import UptakeCore

@Suite("Frozen analysis plan")
struct AnalysisPlanTests {
    let plan = AnalysisPlan(
        pilotName: "Ohio bronze", metric: "bronze_per_week", metricDescription: "bronze leads converted a week",
        preMetric: "bronze_per_week_pre", startDate: "2026-01-05", horizonWeeks: 12, plannedReps: 120
    )

    @Test func canonicalEncodingIsSortedCompactAndStable() throws {
        let text = String(decoding: try plan.canonicalJSON(), as: UTF8.self)
        #expect(text == #"{"alpha":0.05,"format_version":1,"horizon_weeks":12,"metric":"bronze_per_week","#
            + #""metric_description":"bronze leads converted a week","permutations":10000,"pilot_name":"Ohio bronze","#
            + #""planned_reps":120,"planned_treatment_share":0.5,"pre_metric":"bronze_per_week_pre","#
            + #""primary_estimate":"itt","seed":20170101,"start_date":"2026-01-05","stratification_bins":4,"#
            + #""stratify_by_team":true}"#)
        #expect(try plan.canonicalJSON() == plan.canonicalJSON())
    }

    @Test func roundTripsAndAnyChangeChangesTheBytes() throws {
        let decoded = try JSONDecoder().decode(AnalysisPlan.self, from: plan.canonicalJSON())
        #expect(decoded == plan)
        var changed = plan
        changed.alpha = 0.1
        #expect(try changed.canonicalJSON() != plan.canonicalJSON())
    }

    @Test func fixesTheAnalysisOptions() {
        #expect(plan.analysisOptions.sequentialTuning == 120)
        #expect(plan.analysisOptions.alpha == 0.05)
        #expect(plan.randomizer.quantileBins == 4)
    }
}
