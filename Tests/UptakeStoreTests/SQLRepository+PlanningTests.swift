import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting

/// The plan store contract on an SQLite file, SQLite in memory and PostgreSQL 15.
@Suite("SQLRepository plans and suggestions")
struct SQLRepositoryPlanningTests {
    static let day = try! CalendarDay(parsing: "2026-11-24")

    /// A plan of `leads.count` suggestions, each a stop between start and end.
    static func draft(rep: RepID = "rep-1", day: CalendarDay = day, leads: [LeadID], summary: String = "test")
        -> PlanDraft
    {
        let home = GeoPoint(uncheckedLatitude: 39.96, longitude: -83.0)
        var stops = [PlannedStop(kind: .start, location: home, arrival: 480, start: 480, end: 480)]
        var suggestions: [PlanDraft.Suggestion] = []
        for (index, lead) in leads.enumerated() {
            let arrival = 540.0 + Double(index) * 60
            stops.append(PlannedStop(
                kind: .suggestion(lead), location: GeoPoint(uncheckedLatitude: 40, longitude: -83.01),
                arrival: arrival, start: arrival, end: arrival + 30,
                detour: PlannedStop.Detour(after: "start", before: "end", soloMinutes: 7.5, extraMinutes: 9.25)))
            let explanation = SuggestionExplanation(
                text: "adds 8 min between start 08:00 and end 17:00", lead: lead, leadName: "Lead \(lead)",
                arrivalMinutes: arrival, after: .init(id: "start", name: "start", minutes: 480),
                before: .init(id: "end", name: "end", minutes: 1_020), addedMinutes: 7.5, slackMinutes: 300,
                probability: index == 0 ? 0.24 : nil, expectedValue: 1_240.5,
                valueSource: index == 0 ? .scores : .column("potential"), reasons: ["Agency size = 12, +0.41"])
            suggestions.append(PlanDraft.Suggestion(
                lead: lead, position: stops.count - 1,
                plannedArrival: StoreFixtures.epoch.addingTimeInterval(arrival * 60), value: 1_240.5,
                probability: explanation.probability, explanation: explanation))
        }
        stops.append(PlannedStop(kind: .end, location: home, arrival: 1_000, start: 1_000, end: 1_000))
        let plan = DayPlan(rep: rep, stops: stops, value: 1_240.5 * Double(leads.count), travelMinutes: 61.125,
                           baseTravelMinutes: 40)
        return PlanDraft(
            rep: rep, day: day, createdAt: StoreFixtures.epoch, seed: UInt64.max - 3, travelModel: "great-circle",
            summary: summary, plan: plan, suggestions: suggestions)
    }

    @Test(arguments: TestDatabase.allCases)
    func aSavedPlanReadsBackWhole(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let saved = try await repository.save(Self.draft(leads: ["lead-a", "lead-b"]))
            #expect(saved.id.rawValue.hasPrefix("plan-"))
            #expect(saved.suggestions.map(\.lead) == ["lead-a", "lead-b"])
            #expect(saved.suggestions.allSatisfy { $0.id.rawValue.hasPrefix("sug-") && $0.shown && !$0.superseded })
            let read = try #require(try await repository.plan(rep: "rep-1", day: Self.day))
            #expect(read == saved)
            #expect(read.seed == UInt64.max - 3)
            #expect(read.plan.stops[1].detour?.extraMinutes == 9.25)
            let first = try #require(try await repository.suggestion(saved.suggestions[0].id))
            #expect(first == saved.suggestions[0])
            #expect(first.probability == 0.24)
            #expect(first.explanation.valueSource == .scores)
            #expect(try await repository.suggestion(saved.suggestions[1].id)?.probability == nil)
            #expect(try await repository.suggestion("sug-none") == nil)
            #expect(try await repository.plan(rep: "rep-2", day: Self.day) == nil)
            #expect(try await repository.plan(rep: "rep-1", day: Self.day.adding(days: 1)) == nil)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func replanningSupersedesButKeepsTheOldSuggestions(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let first = try await repository.save(Self.draft(leads: ["lead-a"], summary: "first"))
            var later = Self.draft(leads: ["lead-b", "lead-c"], summary: "second")
            later.createdAt = StoreFixtures.epoch.addingTimeInterval(60)
            let second = try await repository.save(later)
            #expect(first.id != second.id)
            #expect(Set(first.suggestions.map(\.id)).isDisjoint(with: second.suggestions.map(\.id)))
            #expect(try await repository.plan(rep: "rep-1", day: Self.day)?.summary == "second")
            #expect(try await repository.plans(day: Self.day).map(\.id) == [second.id])
            let old = try #require(try await repository.suggestion(first.suggestions[0].id))
            #expect(old.superseded && old.lead == "lead-a")
            let all = try await repository.suggestions(rep: "rep-1", from: Self.day, to: Self.day)
            #expect(all.map(\.lead) == ["lead-a", "lead-b", "lead-c"])
            #expect(all.map(\.superseded) == [true, false, false])
            // Saved in the same millisecond, the superseded plan still comes first.
            let third = try await repository.save(Self.draft(leads: ["lead-d"], summary: "third"))
            #expect(third.createdAt < second.createdAt)
            #expect(try await repository.plan(rep: "rep-1", day: Self.day)?.id == third.id)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func controlRepsSuggestionsAreLoggedNotShown(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let saved = try await repository.save(Self.draft(rep: "rep-c", leads: ["lead-a"]), shown: false)
            #expect(!saved.shown)
            let read = try #require(try await repository.plan(rep: "rep-c", day: Self.day))
            #expect(!read.shown && read.suggestions.map(\.shown) == [false])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func rangesFilterByDayAndRep(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let monday = Self.day.adding(days: -1)
            _ = try await repository.save(Self.draft(rep: "rep-2", day: Self.day, leads: ["lead-x"]))
            _ = try await repository.save(Self.draft(rep: "rep-1", day: Self.day, leads: ["lead-y"]))
            _ = try await repository.save(Self.draft(rep: "rep-1", day: monday, leads: ["lead-z"]))
            _ = try await repository.save(Self.draft(rep: "rep-1", day: Self.day.adding(days: 1), leads: ["lead-w"]))
            let everyone = try await repository.suggestions(rep: nil, from: monday, to: Self.day)
            #expect(everyone.map(\.lead) == ["lead-z", "lead-y", "lead-x"])
            #expect(try await repository.suggestions(rep: "rep-2", from: monday, to: Self.day).map(\.lead) == ["lead-x"])
            #expect(try await repository.plans(day: Self.day).map(\.rep) == ["rep-1", "rep-2"])
            #expect(try await repository.plans(day: Self.day.adding(days: 5)).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aPlanSavedInAFailedTransactionLeavesNothing(_ database: TestDatabase) async throws {
        struct Abort: Error {}
        try await database.withRepository { repository async throws in
            let first = try await repository.save(Self.draft(leads: ["lead-a"]))
            await #expect(throws: Abort.self) {
                try await repository.transaction { tx async throws in
                    _ = try await tx.save(Self.draft(leads: ["lead-b"]))
                    throw Abort()
                }
            }
            let current = try #require(try await repository.plan(rep: "rep-1", day: Self.day))
            #expect(current.id == first.id && current.supersededBy == nil)
            #expect(try await repository.suggestion(first.suggestions[0].id)?.superseded == false)
        }
    }
}
