import Foundation
import Testing
import UptakeCore
import UptakeReports
import UptakeStore
import UptakeTesting

/// The funnel over the stored ledger: the same counts `uptake funnel`, the digest and the pages read.
@Suite("AdoptionFunnel.load")
struct AdoptionFunnelStoreTests {
    static let monday = Date(timeIntervalSince1970: 1_767_571_200)  // 2026-01-05 00:00 UTC

    /// Two reps in two teams: rep-1 shown two suggestions (one accepted and converted, one dismissed);
    /// rep-2 shown one, accepted; an event a week later that a one-week period leaves out.
    static func seed(_ repository: SQLRepository) async throws {
        _ = try await repository.upsert(reps: [StoreFixtures.rep("rep-1"), StoreFixtures.rep("rep-2", team: "south")])
        _ = try await repository.upsert(leads: [
            StoreFixtures.lead("a", owner: "rep-1"), StoreFixtures.lead("b", owner: "rep-1"),
            StoreFixtures.lead("c", owner: "rep-2"),
        ])
        func event(_ id: String, _ suggestion: String, _ rep: RepID, _ lead: LeadID, _ kind: LedgerEventKind,
                   hours: Double, reason: String? = nil, note: String? = nil, value: Double? = nil) throws -> LedgerEvent {
            try LedgerEvent(id: id, suggestion: suggestion, rep: rep, lead: lead, kind: kind,
                            time: monday.addingTimeInterval(hours * 3_600), reason: reason, note: note, value: value)
        }
        try await repository.append(ledgerEvents: [
            try event("e1", "s1", "rep-1", "a", .shown, hours: 8),
            try event("e2", "s1", "rep-1", "a", .accepted, hours: 9),
            try event("e3", "s1", "rep-1", "a", .converted, hours: 30, value: 250),
            try event("e4", "s2", "rep-1", "b", .shown, hours: 8),
            try event("e5", "s2", "rep-1", "b", .dismissed, hours: 9, reason: "other", note: "closed for repairs"),
            try event("e6", "s3", "rep-2", "c", .shown, hours: 8),
            try event("e7", "s3", "rep-2", "c", .accepted, hours: 10),
            try event("e8", "s4", "rep-2", "c", .shown, hours: 8 + 7 * 24),
        ], recordedAt: StoreFixtures.epoch)
    }

    @Test func countsPerTeamInThePeriodAndForChosenReps() async throws {
        try await TestDatabase.sqliteMemory.withRepository { repository in
            try await Self.seed(repository)
            let week = Self.monday.addingTimeInterval(7 * 86_400)
            let byTeam = try await AdoptionFunnel.load(from: repository, grouping: .team, from: Self.monday, to: week)
            #expect(byTeam.rows.map(\.group) == ["north", "south"])
            #expect(byTeam.total.shown == 3 && byTeam.total.accepted == 2 && byTeam.total.dismissed == 1)
            #expect(byTeam.total.converted == 1 && byTeam.total.convertedValue == 250)
            #expect(byTeam.total.dismissalReasons == ["other": 1])

            let rep2 = try await AdoptionFunnel.load(from: repository, reps: ["rep-2"])
            #expect(rep2.total.shown == 2 && rep2.total.accepted == 1)
        }
    }
}
