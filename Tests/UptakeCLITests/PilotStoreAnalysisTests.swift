import Foundation
import Testing
import UptakeCore
import UptakeReports
import UptakeStore
import UptakeTesting
@testable import UptakeCLI

/// The per-rep numbers a stored pilot's analysis feeds to PilotAnalysis, on hand-made data.
@Suite("PilotStoreAnalysis")
struct PilotStoreAnalysisTests {
    private static func day(_ text: String, hour: Double = 12) -> Date {
        DayArgument(argument: text)!.start.addingTimeInterval(hour * 3_600)
    }

    /// Eight reps of one team; bronze conversions (CRM) before and during a 2-week pilot from 2026-01-05,
    /// one gold conversion that the bronze metric ignores, and one ledger conversion the CRM does not know.
    private static func seed(_ repository: SQLRepository) async throws {
        let reps = (1...8).map { StoreFixtures.rep("rep-\($0)") }
        _ = try await repository.upsert(reps: reps)
        var leads: [Lead] = []
        var conversions: [Conversion] = []
        func convert(_ rep: Int, _ date: String, tier: LeadTier = .bronze) throws {
            let id = "lead-\(leads.count)"
            leads.append(StoreFixtures.lead(id, owner: RepID("rep-\(rep)"), tier: tier))
            conversions.append(try Conversion(id: ConversionID("c-\(id)"), lead: LeadID(id), date: day(date), value: 100))
        }
        try convert(1, "2025-12-23"); try convert(1, "2026-01-06"); try convert(1, "2026-01-07"); try convert(1, "2026-01-13")
        try convert(2, "2026-01-08"); try convert(2, "2026-01-09", tier: .gold)
        try convert(3, "2025-12-24"); try convert(3, "2025-12-30")
        try convert(4, "2025-12-29")
        leads.append(StoreFixtures.lead("lead-ledger", owner: "rep-3"))
        _ = try await repository.upsert(leads: leads)
        _ = try await repository.upsert(conversions: conversions)
        let event = { (id: String, kind: LedgerEventKind, hour: Double, value: Double?) in
            try LedgerEvent(id: id, suggestion: "sug-x", rep: "rep-3", lead: "lead-ledger", kind: kind,
                            time: day("2026-01-07", hour: hour), value: value)
        }
        try await repository.append(ledgerEvents: [
            try event("e1", .shown, 8, nil), try event("e2", .accepted, 9, nil), try event("e3", .converted, 15, 500),
        ], recordedAt: StoreFixtures.epoch)
    }

    @Test func measuresEachRepFromTheCRMAndTheLedgerAndLooksAtTheWeeksSoFar() async throws {
        try await TestDatabase.sqliteMemory.withRepository { repository in
            try await Self.seed(repository)
            let pilot = try await PilotCreateCommand.design(
                repository: repository, name: "p", reps: "all", metric: .bronzeConversionsPerRepWeek, weeks: 2,
                alpha: 0.05, seed: 4, start: Self.day("2026-01-05", hour: 0), now: Self.day("2026-01-01"))
            #expect(pilot.design.assignment.entries.count == 8)
            // The baseline is the pre-period's weekly mean: rep-1 one conversion in two weeks.
            let history = Dictionary(uniqueKeysWithValues: pilot.design.assignment.entries.map { ($0.repID, $0.stratum) })
            #expect(history["rep-3"] == "north|q3" && history["rep-1"]?.hasPrefix("north|q") == true)
            _ = try await repository.startPilot("p", planHash: try pilot.design.plan.planHash(), at: Self.day("2026-01-05"))

            let complete = try await PilotStoreAnalysis.analyze("p", in: repository, asOf: Self.day("2026-02-01"))
            #expect(complete.weeksObserved == 2)
            #expect(complete.hashVerified)
            let metric = complete.observations.map(\.metric), pre = complete.observations.map(\.preMetric)
            // Entries are in rep-id order: rep-1 ... rep-8.
            #expect(metric == [1.5, 0.5, 0.5, 0, 0, 0, 0, 0])
            #expect(pre == [0.5, 0, 1, 0.5, 0, 0, 0, 0])
            #expect(complete.observations.map(\.compliance) == [0, 0, 1, 0, 0, 0, 0, 0])

            let interim = try await PilotStoreAnalysis.analyze("p", in: repository, asOf: Self.day("2026-01-12", hour: 0))
            #expect(interim.weeksObserved == 1)
            #expect(interim.observations.map(\.metric) == [2, 1, 1, 0, 0, 0, 0, 0])
            #expect(interim.text.contains("Interim look: 1.0 of 2 weeks"))
            await #expect(throws: (any Error).self) {
                _ = try await PilotStoreAnalysis.analyze("p", in: repository, asOf: Self.day("2026-01-04"))
            }
        }
    }
}
