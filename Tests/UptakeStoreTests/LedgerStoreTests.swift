import Foundation
import SQLKit
import Testing
import UptakeCore
@testable import UptakeStore
import UptakeTesting

/// The ledger and pilot contract on an SQLite file, SQLite in memory and a real PostgreSQL 15.
@Suite("LedgerStore contract")
struct LedgerStoreTests {
    private static let t0 = StoreFixtures.epoch

    private static func event(
        _ id: String, _ suggestion: String, _ kind: LedgerEventKind, minutes: Double, rep: RepID = "rep-1",
        reason: String? = nil, value: Double? = nil, supersedes: String? = nil
    ) -> LedgerEvent {
        try! LedgerEvent(id: id, suggestion: suggestion, rep: rep, lead: "lead-1", kind: kind,
                         time: t0.addingTimeInterval(minutes * 60), reason: reason, value: value, supersedes: supersedes)
    }

    @Test(arguments: TestDatabase.allCases)
    func eventsRoundTripInRecordingOrder(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let visit = try LedgerEvent(
                id: "e3", suggestion: "s1", rep: "rep-1", lead: "lead-1", kind: .visited, time: Self.t0,
                note: "Met Zoë", location: GeoPoint(latitude: 40.001, longitude: -83), distanceMetres: 111.2)
            let events = [
                Self.event("e2", "s1", .shown, minutes: 0),
                Self.event("e1", "s1", .dismissed, minutes: 5, reason: "too_far"),
                visit,
                Self.event("e4", "s1", .converted, minutes: 900, value: 1_234.5),
                Self.event("e5", "s1", .retracted, minutes: 901, supersedes: "e4"),
                Self.event("x1", "s2", .shown, minutes: 60 * 24 * 30, rep: "rep-2"),
            ]
            try await repository.append(ledgerEvents: Array(events.prefix(3)), recordedAt: Self.t0)
            try await repository.append(ledgerEvents: Array(events.dropFirst(3)), recordedAt: Self.t0)
            #expect(try await repository.ledgerEvents(suggestions: ["s1"]) == Array(events.prefix(5)))
            #expect(try await repository.ledgerEvents(from: nil, to: nil) == events)
            #expect(try await repository.ledgerEventCount() == 6)
            #expect(try await repository.existingLedgerEventIDs(["e1", "zz", "x1"]) == ["e1", "x1"])
            // A range returns the whole history of each suggestion with an event in it.
            let late = try await repository.ledgerEvents(from: Self.t0.addingTimeInterval(600), to: Self.t0.addingTimeInterval(60_000))
            #expect(late.map(\.id) == ["e2", "e1", "e3", "e4", "e5"])
            #expect(try await repository.ledgerEvents(from: Self.t0.addingTimeInterval(86_400 * 29), to: nil).map(\.id) == ["x1"])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func theLedgerRefusesUpdatesDeletesAndRepeatedIds(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            try await repository.append(ledgerEvents: [Self.event("e1", "s1", .shown, minutes: 0)], recordedAt: Self.t0)
            await #expect(throws: (any Error).self) {
                try await repository.append(ledgerEvents: [Self.event("e1", "s9", .shown, minutes: 1)], recordedAt: Self.t0)
            }
            await #expect(throws: (any Error).self) {
                try await repository.withDatabase { try await $0.update("ledger_events").set("note", to: "x").run() }
            }
            await #expect(throws: (any Error).self) {
                try await repository.withDatabase { try await $0.delete(from: "ledger_events").run() }
            }
            #expect(try await repository.ledgerEvents(from: nil, to: nil).map(\.id) == ["e1"])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aThousandEventsGoInSeveralStatements(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let events = (0..<2_500).map { Self.event("e\($0)", "s\($0 % 7)", .shown, minutes: Double($0)) }
            try await repository.append(ledgerEvents: events, recordedAt: Self.t0)
            #expect(try await repository.ledgerEventCount() == 2_500)
            #expect(try await repository.ledgerEvents(from: nil, to: nil) == events)
        }
    }

    private static func design(reps: [String], name: String = "p1") throws -> PilotDesign {
        try PilotDesign(
            name: name, metric: .bronzeConversionsPerRepWeek, startDate: "2023-11-14", weeks: 8, alpha: 0.05, seed: 9,
            history: reps.enumerated().map { RepHistory(id: $1, team: "north", weekly: [Double($0), 1, 2, Double($0)]) })
    }

    private static func pilot(_ id: String, reps: [String], startDays: Double = 0) throws -> StoredPilot {
        let start = t0.addingTimeInterval(startDays * 86_400)
        return StoredPilot(id: id, design: try design(reps: reps, name: id), startsAt: start,
                           endsAt: start.addingTimeInterval(8 * 7 * 86_400), createdAt: t0)
    }

    @Test(arguments: TestDatabase.allCases)
    func aPilotIsFrozenOnceStartedAndTheArmLookupFollowsItsPeriod(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let reps = ["rep-1", "rep-2", "rep-3", "rep-4"]
            let draft = try Self.pilot("p1", reps: reps)
            try await repository.savePilotDraft(draft)
            #expect(try await repository.pilot("p1") == draft)
            // A draft can be re-designed; its arms count for nothing until it starts.
            try await repository.savePilotDraft(draft)
            #expect(try await repository.pilotArm(rep: "rep-1", on: Self.t0.addingTimeInterval(3_600)) == nil)

            let hash = try draft.design.plan.planHash()
            let started = try await repository.startPilot("p1", planHash: hash, at: Self.t0)
            #expect(started.status == .running)
            #expect(try await repository.pilot("p1") == started)
            #expect(try await repository.pilot("p1")?.planHash == hash)

            await #expect(throws: LedgerError.self) { try await repository.savePilotDraft(draft) }
            await #expect(throws: LedgerError.self) { _ = try await repository.startPilot("p1", planHash: "x", at: Self.t0) }
            await #expect(throws: LedgerError.self) { _ = try await repository.startPilot("nope", planHash: "x", at: Self.t0) }

            let arms = draft.design.assignment.arms
            for rep in reps {
                #expect(try await repository.pilotArm(rep: RepID(rep), on: Self.t0.addingTimeInterval(86_400)) == arms[rep])
            }
            #expect(try await repository.pilotArm(rep: "rep-9", on: Self.t0.addingTimeInterval(86_400)) == nil)
            #expect(try await repository.pilotArm(rep: "rep-1", on: Self.t0.addingTimeInterval(-1)) == nil)
            #expect(try await repository.pilotArm(rep: "rep-1", on: draft.endsAt) == nil)

            // An overlapping pilot sharing a rep cannot start; a later one can.
            try await repository.savePilotDraft(try Self.pilot("p2", reps: ["rep-1", "rep-5", "rep-6", "rep-7"], startDays: 7))
            await #expect(throws: LedgerError.self) { _ = try await repository.startPilot("p2", planHash: "h", at: Self.t0) }
            try await repository.savePilotDraft(try Self.pilot("p3", reps: ["rep-1", "rep-5", "rep-6", "rep-7"], startDays: 56))
            _ = try await repository.startPilot("p3", planHash: "h3", at: Self.t0)

            let finished = try await repository.finishPilot("p1", at: Self.t0.addingTimeInterval(60))
            #expect(finished.status == .finished)
            #expect(try await repository.pilotArm(rep: "rep-2", on: Self.t0.addingTimeInterval(86_400)) == nil)
            await #expect(throws: LedgerError.self) { _ = try await repository.finishPilot("p1", at: Self.t0) }
            #expect(try await repository.pilots().map(\.id) == ["p1", "p2", "p3"])
        }
    }
}
