import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting

/// Model health's windowed reads (`ModelHealthStore`) on SQLite file, SQLite memory and PostgreSQL.
@Suite("ModelHealthStore contract")
struct SQLRepositoryHealthWindowTests {
    static let day: TimeInterval = 86_400
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    static func score(_ lead: String, _ version: String = "m-0001", at date: Date, _ probability: Double?)
        -> StoredLeadScore
    {
        SQLRepositoryScoringTests.score(
            lead, version: version, at: date.timeIntervalSince1970, probability: probability)
    }

    @Test(arguments: TestDatabase.allCases)
    func migrationNineIsApplied(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            #expect(try await repository.appliedMigrations().contains(9))
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func theLatestWrittenScorePerLeadInTheWindow(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let from = Self.start, to = Self.start + 7 * Self.day
            try await repository.appendScores([
                Self.score("a", at: from - 0.001, 0.10),  // just before the window
                Self.score("a", at: from, 0.20),  // on its start: in
                Self.score("b", at: from + Self.day, 0.30),
                Self.score("b", "m-0002", at: from + 2 * Self.day, 0.99),  // another version
                Self.score("b", at: from + 3 * Self.day, nil),  // a rules score
                Self.score("c", at: to, 0.50),  // on its end: out
                Self.score("c", at: to - 0.001, 0.40),
            ])
            // Written later but dated earlier: the last written wins, as a walk of the history finds it.
            try await repository.appendScores([Self.score("b", at: from + 0.5 * Self.day, 0.35)])
            let latest = try await repository.latestModelScores(modelVersion: "m-0001", from: from, to: to)
            #expect(latest.map(\.lead.rawValue) == ["a", "b", "c"])
            #expect(latest.map(\.probability) == [0.20, 0.35, 0.40])
            #expect(latest.allSatisfy { $0.sequence != nil })
            #expect(latest[1].positiveReasons.first?.feature == "agents")
            // A bound between two milliseconds agrees with `Date` comparison of the stored dates.
            let halfway = try await repository.latestModelScores(
                modelVersion: "m-0001", from: from + 0.0005, to: to - 0.0005)
            #expect(halfway.map(\.lead.rawValue) == ["b", "c"])
            #expect(try await repository.latestModelScores(modelVersion: "m-0003", from: from, to: to).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func leadsByCreationDateAndTheirFirstScoreInTheirOutcomeWindow(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let horizon = 90 * Self.day
            let created = [
                ("old", -Self.day), ("l1", 0), ("l2", 2 * Self.day), ("l3", 5 * Self.day), ("new", 10 * Self.day),
            ]
            _ = try await repository.upsert(reps: [StoreFixtures.rep("rep-1")])
            _ = try await repository.upsert(leads: created.map {
                StoreFixtures.lead($0.0, createdAt: Self.start + $0.1)
            })
            let from = Self.start, to = Self.start + 10 * Self.day
            #expect(try await repository.leads(createdFrom: from, to: to).map(\.id.rawValue) == ["l1", "l2", "l3"])
            let before = Self.start + 200 * Self.day
            try await repository.appendScores([
                Self.score("l1", at: from + horizon, 0.9),  // at its window's end: out
                Self.score("l1", at: from + horizon - 0.001, 0.8),
                Self.score("l1", at: from + Self.day, 0.7),  // earlier date, written later
                Self.score("l2", at: from, nil),  // rules
                Self.score("l2", "m-0002", at: from + 3 * Self.day, 0.6),  // another version
                Self.score("l2", at: from + 4 * Self.day, 0.5),
                Self.score("l2", at: from + 3 * Self.day, 0.4),
                Self.score("l3", at: before, 0.3),  // at `before`: out (its window is still open)
                Self.score("old", at: from, 0.2),  // created before the range
                Self.score("new", at: to + Self.day, 0.1),  // created at the range's end: out
            ])
            let first = try await repository.firstModelScoresInOutcomeWindow(
                modelVersion: "m-0001", createdFrom: from, createdTo: to, horizon: horizon, before: before)
            #expect(first.map(\.lead.rawValue) == ["l1", "l2"])
            #expect(first.map(\.probability) == [0.8, 0.5])
            let sooner = try await repository.firstModelScoresInOutcomeWindow(
                modelVersion: "m-0001", createdFrom: from, createdTo: to, horizon: horizon,
                before: from + 3.5 * Self.day)
            #expect(sooner.map(\.lead.rawValue) == ["l1", "l2"])
            #expect(sooner.map(\.probability) == [0.7, 0.4])
        }
    }
}
