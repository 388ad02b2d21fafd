import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting

/// One lead's score history and ledger, newest first and bounded, on an SQLite file, SQLite in memory and
/// PostgreSQL 15.
@Suite("SQLRepository lead history")
struct SQLRepositoryLeadHistoryTests {
    static let t0 = StoreFixtures.epoch

    static func score(_ lead: LeadID, _ version: String, hours: Double, score: Int) -> StoredLeadScore {
        StoredLeadScore(
            lead: lead, modelVersion: version, scoredAt: t0.addingTimeInterval(hours * 3_600),
            probability: Double(score) / 100, score: score, tier: score >= 50 ? .gold : .bronze,
            positiveReasons: [ScoreReason(feature: "agents", value: "12", contribution: 0.41)],
            negativeReasons: [])
    }

    @Test(arguments: TestDatabase.allCases)
    func aLeadsScoresComeNewestFirstAndLimited(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            // Written out of time order: the history is read by scoring time, then by the order written.
            try await repository.appendScores([
                Self.score("lead-1", "m-0001", hours: 0, score: 20),
                Self.score("lead-2", "m-0001", hours: 0, score: 90),
                Self.score("lead-1", "m-0002", hours: 48, score: 60),
            ])
            try await repository.appendScores([
                Self.score("lead-1", "m-0001", hours: 24, score: 30),
                Self.score("lead-1", "m-0002", hours: 48, score: 61),
            ])
            let all = try await repository.scoreHistory(lead: "lead-1", limit: 50)
            #expect(all.map(\.score) == [61, 60, 30, 20])
            #expect(all.map(\.modelVersion) == ["m-0002", "m-0002", "m-0001", "m-0001"])
            #expect(all.allSatisfy { $0.sequence != nil && $0.lead == "lead-1" })
            #expect(all[2].positiveReasons == Self.score("lead-1", "m-0001", hours: 24, score: 30).positiveReasons)
            #expect(all[3].scoredAt == Self.t0 && all[3].probability == 0.2 && all[3].tier == .bronze)
            #expect(try await repository.scoreHistory(lead: "lead-1", limit: 2).map(\.score) == [61, 60])
            #expect(try await repository.scoreHistory(lead: "lead-9", limit: 50).isEmpty)
            #expect(try await repository.scoreHistory(lead: "lead-1", limit: 0).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aLeadsLedgerComesThroughItsSuggestionsNewestFirst(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let first = try await repository.save(SQLRepositoryPlanningTests.draft(leads: ["lead-1", "lead-2"]))
            let later = try await repository.save(SQLRepositoryPlanningTests.draft(
                day: try CalendarDay(parsing: "2026-11-25"), leads: ["lead-1"]))
            let s1 = first.suggestions[0].id.rawValue, s2 = first.suggestions[1].id.rawValue
            let s3 = later.suggestions[0].id.rawValue
            func event(_ id: String, _ suggestion: String, _ lead: LeadID, _ kind: LedgerEventKind, minutes: Double,
                       reason: String? = nil, note: String? = nil, supersedes: String? = nil) throws -> LedgerEvent {
                try LedgerEvent(id: id, suggestion: suggestion, rep: "rep-1", lead: lead, kind: kind,
                                time: Self.t0.addingTimeInterval(minutes * 60), reason: reason, note: note,
                                supersedes: supersedes)
            }
            try await repository.append(ledgerEvents: [
                try event("e1", s1, "lead-1", .shown, minutes: 0),
                try event("e2", s1, "lead-1", .accepted, minutes: 5),
                try event("o1", s2, "lead-2", .shown, minutes: 6),
                try event("e3", s1, "lead-1", .dismissed, minutes: 7, reason: "too_far", note: "Forty minutes",
                          supersedes: "e2"),
                try event("e4", s3, "lead-1", .shown, minutes: 1_440),
            ], recordedAt: Self.t0)
            let all = try await repository.ledgerEvents(lead: "lead-1", limit: 50)
            #expect(all.map(\.id) == ["e4", "e3", "e2", "e1"])
            #expect(all[1].reason == "too_far" && all[1].note == "Forty minutes" && all[1].supersedes == "e2")
            #expect(try await repository.ledgerEvents(lead: "lead-1", limit: 2).map(\.id) == ["e4", "e3"])
            #expect(try await repository.ledgerEvents(lead: "lead-2", limit: 50).map(\.id) == ["o1"])
            #expect(try await repository.ledgerEvents(lead: "lead-3", limit: 50).isEmpty)
        }
    }
}
