import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting

/// The one-query reads behind My day and the plan API (``DayViewStore``) on an SQLite file, SQLite in memory
/// and PostgreSQL 15: each must answer what the separate reads it replaces answer.
@Suite("DayViewStore contract")
struct SQLRepositoryDayViewTests {
    private let epoch = StoreFixtures.epoch

    @Test(arguments: TestDatabase.allCases)
    func signedInAccountsComeWithTheirLinkedRep(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            let rep = StoreFixtures.rep("rep-1", name: "Ada Lovelace", team: "north")
            _ = try await repository.upsert(reps: [rep, StoreFixtures.rep("rep-2", name: "Bob", team: "south")])
            let ada = try await repository.addUser(
                NewUserAccount(name: "ada", role: .rep, rep: "rep-1", createdAt: epoch))
            let gone = try await repository.addUser(
                NewUserAccount(name: "gone", role: .rep, rep: "rep-gone", createdAt: epoch))
            let grace = try await repository.addUser(
                NewUserAccount(name: "grace", role: .manager, team: "north", createdAt: epoch))
            let live = WebSession(tokenHash: "h1", userID: ada.id, csrfToken: "c1", createdAt: epoch,
                                  expiresAt: epoch.addingTimeInterval(3600))
            let expired = WebSession(tokenHash: "h0", userID: ada.id, csrfToken: "c0",
                                     createdAt: epoch.addingTimeInterval(-7200), expiresAt: epoch)
            let manager = WebSession(tokenHash: "h2", userID: grace.id, csrfToken: "c2", createdAt: epoch,
                                     expiresAt: epoch.addingTimeInterval(3600))
            for session in [live, expired, manager] { try await repository.addSession(session) }

            #expect(try await repository.signedIn(sessionTokenHash: "h1", at: epoch)
                == SignedInAccount(account: ada, session: live, rep: rep))
            #expect(try await repository.signedIn(sessionTokenHash: "h0", at: epoch) == nil)
            #expect(try await repository.signedIn(sessionTokenHash: "nope", at: epoch) == nil)
            #expect(try await repository.signedIn(sessionTokenHash: "h2", at: epoch)
                == SignedInAccount(account: grace, session: manager, rep: nil))
            // The older read agrees.
            let found = try #require(try await repository.session(tokenHash: "h1", at: epoch))
            #expect(found.session == live && found.user == ada)

            let revoked = try await repository.addAPIToken(
                tokenHash: "t0", userID: ada.id, label: "old", createdAt: epoch)
            try await repository.revokeAPIToken(id: revoked.id, userID: ada.id, at: epoch)
            _ = try await repository.addAPIToken(tokenHash: "t1", userID: ada.id, label: "ci", createdAt: epoch)
            _ = try await repository.addAPIToken(tokenHash: "t2", userID: gone.id, label: "ci", createdAt: epoch)
            #expect(try await repository.signedIn(apiTokenHash: "t1") == SignedInAccount(account: ada, rep: rep))
            #expect(try await repository.signedIn(apiTokenHash: "t2") == SignedInAccount(account: gone, rep: nil))
            #expect(try await repository.signedIn(apiTokenHash: "t0") == nil)
            #expect(try await repository.user(apiTokenHash: "t1") == ada)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func thePlanLedgerIsThePlanWithItsSuggestionsEvents(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            let day = SQLRepositoryPlanningTests.day
            #expect(try await repository.currentPlanLedger(rep: "rep-1", day: day) == nil)

            let old = try await repository.save(SQLRepositoryPlanningTests.draft(leads: ["lead-x"], summary: "old"))
            var later = SQLRepositoryPlanningTests.draft(leads: ["lead-a", "lead-b", "lead-c"], summary: "current")
            later.createdAt = epoch.addingTimeInterval(60)
            let current = try await repository.save(later)
            let other = try await repository.save(SQLRepositoryPlanningTests.draft(rep: "rep-2", leads: ["lead-y"]))
            let (a, b, c) = (current.suggestions[0].id.rawValue, current.suggestions[1].id.rawValue,
                             current.suggestions[2].id.rawValue)
            func event(_ id: String, _ suggestion: String, _ kind: LedgerEventKind, minutes: Double,
                       reason: String? = nil, supersedes: String? = nil) throws -> LedgerEvent {
                try LedgerEvent(
                    id: id, suggestion: suggestion, rep: "rep-1", lead: "lead-a", kind: kind,
                    time: epoch.addingTimeInterval(minutes * 60), reason: reason, supersedes: supersedes)
            }
            // Recorded in an order that interleaves suggestions, so the reading order is the recording order.
            try await repository.append(ledgerEvents: [
                try event("e1", b, .shown, minutes: 0), try event("e2", a, .shown, minutes: 0),
                try event("e3", old.suggestions[0].id.rawValue, .accepted, minutes: 1),
                try event("e4", b, .dismissed, minutes: 2, reason: "too_far"),
                try event("e5", other.suggestions[0].id.rawValue, .accepted, minutes: 2),
                try event("e6", a, .accepted, minutes: 3), try event("e7", b, .accepted, minutes: 4, supersedes: "e4"),
            ], recordedAt: epoch)

            let ledger = try #require(try await repository.currentPlanLedger(rep: "rep-1", day: day))
            #expect(ledger.plan == (try await repository.plan(rep: "rep-1", day: day)))
            #expect(ledger.plan.suggestions.map(\.lead) == ["lead-a", "lead-b", "lead-c"])
            #expect(ledger.events == (try await repository.ledgerEvents(suggestions: [a, b, c])))
            #expect(ledger.events.map(\.id) == ["e1", "e2", "e4", "e6", "e7"])
            #expect(ledger.events[2].reason == "too_far" && ledger.events[4].supersedes == "e4")

            let second = try #require(try await repository.currentPlanLedger(rep: "rep-2", day: day))
            #expect(second.plan.id == other.id && second.events.map(\.id) == ["e5"])
            #expect(try await repository.currentPlanLedger(rep: "rep-1", day: day.adding(days: 1)) == nil)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aPlanWithoutSuggestionsHasAnEmptyLedger(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            let saved = try await repository.save(SQLRepositoryPlanningTests.draft(leads: [], summary: "calendar"))
            let ledger = try #require(
                try await repository.currentPlanLedger(rep: "rep-1", day: SQLRepositoryPlanningTests.day))
            #expect(ledger.plan == saved)
            #expect(ledger.plan.suggestions.isEmpty && ledger.events.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func dayAppointmentsNameTheirStoredLeads(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            let hour: TimeInterval = 3600
            _ = try await repository.upsert(reps: [StoreFixtures.rep("rep-1"), StoreFixtures.rep("rep-2")])
            _ = try await repository.upsert(leads: [
                StoreFixtures.lead("lead-a", name: "Acme Insurance"), StoreFixtures.lead("lead-b", name: "Büro Zoë"),
            ])
            _ = try await repository.upsert(appointments: [
                StoreFixtures.appointment("ends-at-from", start: epoch.addingTimeInterval(-hour), lead: "lead-a"),
                StoreFixtures.appointment("instant-at-from", start: epoch, minutes: 0, lead: "lead-b"),
                StoreFixtures.appointment("inside", start: epoch.addingTimeInterval(hour), lead: "lead-a"),
                StoreFixtures.appointment("unknown-lead", start: epoch.addingTimeInterval(hour), lead: "lead-gone"),
                StoreFixtures.appointment("no-lead", start: epoch.addingTimeInterval(2 * hour)),
                StoreFixtures.appointment("starts-at-to", start: epoch.addingTimeInterval(4 * hour), lead: "lead-a"),
                StoreFixtures.appointment("other-rep", rep: "rep-2", start: epoch.addingTimeInterval(hour)),
            ])
            let to = epoch.addingTimeInterval(4 * hour)
            let day = try await repository.dayAppointments(rep: "rep-1", from: epoch, to: to)
            #expect(day.appointments == (try await repository.appointments(rep: "rep-1", from: epoch, to: to)))
            #expect(day.appointments.map(\.id) == ["instant-at-from", "inside", "unknown-lead", "no-lead"])
            #expect(day.leadNames == ["lead-a": "Acme Insurance", "lead-b": "Büro Zoë"])
            let empty = try await repository.dayAppointments(rep: "rep-3", from: epoch, to: to)
            #expect(empty.appointments.isEmpty && empty.leadNames.isEmpty)
        }
    }
}
