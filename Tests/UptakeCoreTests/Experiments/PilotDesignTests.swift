import Testing
import UptakeCore

@Suite("PilotDesign")
struct PilotDesignTests {
    /// Twelve reps in two teams whose weekly values differ by rep (so the ICC is positive).
    private func history() -> [RepHistory] {
        (0..<12).map { index in
            let level = Double(index % 6) * 0.5
            return RepHistory(id: "rep-\(index < 10 ? "0" : "")\(index)", team: index < 6 ? "north" : "south",
                              weekly: (0..<8).map { level + ($0 % 2 == 0 ? 0.3 : -0.3) })
        }
    }

    @Test func stratifiesByTercileAndTeamAndBalancesEachStratum() throws {
        let design = try PilotDesign(name: "p", metric: .bronzeConversionsPerRepWeek, startDate: "2026-01-05",
                                     weeks: 8, alpha: 0.05, seed: 3, history: history())
        #expect(design.assignment.entries.count == 12)
        let strata = Dictionary(grouping: design.assignment.entries, by: \.stratum)
        #expect(Set(strata.keys) == ["north|q1", "north|q2", "north|q3", "south|q1", "south|q2", "south|q3"])
        for (_, members) in strata {
            #expect(members.filter { $0.arm == .treatment }.count == 1)  // two reps per stratum, one each
        }
        #expect(design.plan.stratificationBins == 3)
        #expect(design.plan.plannedReps == 12)
        #expect(design.plan.minimumDetectableEffect == design.power.minimumDetectableEffect)
        // Same seed, same assignment; the plan hash therefore repeats too.
        let again = try PilotDesign(name: "p", metric: .bronzeConversionsPerRepWeek, startDate: "2026-01-05",
                                    weeks: 8, alpha: 0.05, seed: 3, history: history())
        #expect(again == design)
        #expect(try again.plan.planHash() == design.plan.planHash())
    }

    @Test func powerUsesTheDesignEffectFromTheEstimatedICC() throws {
        let design = try PilotDesign(name: "p", metric: .bronzeConversionsPerRepWeek, startDate: "2026-01-05",
                                     weeks: 8, alpha: 0.05, seed: 3, history: history())
        let icc = try IntraclassCorrelation(groups: history().map(\.weekly)).clamped
        #expect(design.power.iccEstimated)
        #expect(abs(design.power.icc - icc) < 1e-12)
        #expect(abs(design.power.designEffect - (1 + 7 * icc)) < 1e-12)
        let sd = SampleMoments(history().flatMap(\.weekly)).standardDeviation
        let expected = try ClusterPowerAnalysis(standardDeviation: sd, observationsPerRep: 8, icc: icc)
            .minimumDetectableEffect(reps: 12)
        #expect(abs(try #require(design.power.minimumDetectableEffect) - expected) < 1e-9)
        let revenue = try PilotDesign(name: "p", metric: .revenuePerRep, startDate: "2026-01-05",
                                      weeks: 8, alpha: 0.05, seed: 3, history: history())
        #expect(abs(try #require(revenue.power.minimumDetectableEffect) - 8 * expected) < 1e-8)
    }

    @Test func refusesTooFewRepsAndMapsObservationsByRep() throws {
        #expect(throws: StatisticsError.self) {
            try PilotDesign(name: "p", metric: .revenuePerRep, startDate: "2026-01-05", weeks: 8, alpha: 0.05,
                            seed: 1, history: Array(history().prefix(3)))
        }
        let design = try PilotDesign(name: "p", metric: .bronzeConversionsPerRepWeek, startDate: "2026-01-05",
                                     weeks: 8, alpha: 0.05, seed: 3, history: history())
        let rows = design.observations(metric: ["rep-00": 2], preMetric: [:], compliance: ["rep-00": 0.5])
        #expect(rows.count == 12)
        #expect(rows[0].metric == 2)
        #expect(rows[1].metric == 0)
        #expect(rows[0].preMetric == nil)
        #expect(rows[0].compliance == 0.5)
        #expect(rows[0].arm == design.assignment.entries[0].arm)
    }
}
