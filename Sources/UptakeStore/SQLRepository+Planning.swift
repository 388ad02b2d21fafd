import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    public func save(_ draft: PlanDraft, shown: Bool) async throws -> StoredPlan {
        let planID = PlanID("plan-" + UUID().uuidString.lowercased())
        let suggestions = draft.suggestions.map { item in
            StoredSuggestion(
                id: SuggestionID("sug-" + UUID().uuidString.lowercased()), plan: planID, lead: item.lead,
                rep: draft.rep, day: draft.day, position: item.position, plannedArrival: item.plannedArrival,
                value: item.value, probability: item.probability, explanation: item.explanation, shown: shown,
                superseded: false, createdAt: draft.createdAt)
        }
        let stored = StoredPlan(
            id: planID, rep: draft.rep, day: draft.day, createdAt: draft.createdAt, seed: draft.seed,
            travelModel: draft.travelModel, summary: draft.summary, plan: draft.plan, shown: shown,
            supersededBy: nil, suggestions: suggestions)
        let planJSON = try Self.json(draft.plan)
        let explanations = try suggestions.map { try Self.json($0.explanation) }
        try await withinTransaction { database in
            let day = draft.day.description
            let previous = try await database.select().column("id").from("plans")
                .where("rep_id", .equal, draft.rep.rawValue).where("plan_date", .equal, day)
                .where("superseded_by", .is, SQLLiteral.null)
                .all(decodingColumn: "id", as: String.self)
            if !previous.isEmpty {
                try await database.update("plans")
                    .set("superseded_by", to: planID.rawValue)
                    .set("superseded_at_ms", to: StoredDate.milliseconds(draft.createdAt))
                    .where("id", .in, previous)
                    .run()
                try await database.update("suggestions").set("superseded", to: 1)
                    .where("plan_id", .in, previous)
                    .run()
            }
            try await database.insert(into: "plans")
                .columns(
                    "id", "rep_id", "plan_date", "created_at_ms", "seed", "travel_model", "summary", "plan_json",
                    "shown")
                .values(
                    SQLBind(planID.rawValue), SQLBind(draft.rep.rawValue), SQLBind(day),
                    SQLBind(StoredDate.milliseconds(draft.createdAt)), SQLBind(Int64(bitPattern: draft.seed)),
                    SQLBind(draft.travelModel), SQLBind(draft.summary), SQLBind(planJSON), SQLBind(shown ? 1 : 0))
                .run()
            for (suggestion, explanation) in zip(suggestions, explanations) {
                try await database.insert(into: "suggestions")
                    .columns(Self.suggestionColumns)
                    .values(
                        SQLBind(suggestion.id.rawValue), SQLBind(planID.rawValue), SQLBind(draft.rep.rawValue),
                        SQLBind(suggestion.lead.rawValue), SQLBind(day), SQLBind(suggestion.position),
                        SQLBind(StoredDate.milliseconds(suggestion.plannedArrival)), SQLBind(suggestion.value),
                        suggestion.probability.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
                        SQLBind(suggestion.explanation.text), SQLBind(explanation), SQLBind(shown ? 1 : 0),
                        SQLBind(0), SQLBind(StoredDate.milliseconds(draft.createdAt)))
                    .run()
            }
        }
        return stored
    }

    public func plan(rep: RepID, day: CalendarDay) async throws -> StoredPlan? {
        try await fetchPlans { select in
            select.where("rep_id", .equal, rep.rawValue).where("plan_date", .equal, day.description)
                .where("superseded_by", .is, SQLLiteral.null)
                .orderBy("created_at_ms", .descending).limit(1)
        }.first
    }

    public func plans(day: CalendarDay) async throws -> [StoredPlan] {
        try await fetchPlans { select in
            select.where("plan_date", .equal, day.description).where("superseded_by", .is, SQLLiteral.null)
                .orderBy("rep_id")
        }
    }

    public func suggestion(_ id: SuggestionID) async throws -> StoredSuggestion? {
        try await fetchSuggestions { $0.where("id", .equal, id.rawValue) }.first
    }

    public func suggestions(rep: RepID?, from: CalendarDay, to: CalendarDay) async throws -> [StoredSuggestion] {
        try await fetchSuggestions { select in
            if let rep { select.where("rep_id", .equal, rep.rawValue) }
            return select.where("plan_date", .greaterThanOrEqual, from.description)
                .where("plan_date", .lessThanOrEqual, to.description)
                .orderBy("plan_date").orderBy("rep_id").orderBy("created_at_ms")
                // Plans made in the same millisecond: the superseded one was saved first.
                .orderBy("superseded", .descending).orderBy("plan_id")
                .orderBy("position")
        }
    }

    /// The columns a plan is read from (``plan(_:)``).
    static let planColumns = [
        "id", "rep_id", "plan_date", "created_at_ms", "seed", "travel_model", "summary", "plan_json", "shown",
        "superseded_by",
    ]

    /// The columns a suggestion is read from (``suggestion(_:)``); also the insert's column order.
    static let suggestionColumns = [
        "id", "plan_id", "rep_id", "lead_id", "plan_date", "position", "planned_arrival_ms", "value", "probability",
        "explanation", "explanation_data", "shown", "superseded", "created_at_ms",
    ]

    /// Plans selected by `build`, each with its suggestions (one more query for all of them).
    private func fetchPlans(_ build: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [StoredPlan] {
        try await withDatabase { database in
            let rows = try await build(database.select().columns(Self.planColumns).from("plans")).all()
            var plans = try rows.map { try Self.plan(RowReader(table: "plans", row: $0)) }
            if plans.isEmpty { return plans }
            let suggestionRows = try await database.select().columns(Self.suggestionColumns).from("suggestions")
                .where("plan_id", .in, plans.map(\.id.rawValue)).orderBy("position")
                .all()
            let byPlan = Dictionary(
                grouping: try suggestionRows.map { try Self.suggestion(RowReader(table: "suggestions", row: $0)) },
                by: \.plan)
            for index in plans.indices { plans[index].suggestions = byPlan[plans[index].id] ?? [] }
            return plans
        }
    }

    private func fetchSuggestions(
        _ build: (SQLSelectBuilder) -> SQLSelectBuilder
    ) async throws -> [StoredSuggestion] {
        try await withDatabase { database in
            try await build(database.select().columns(Self.suggestionColumns).from("suggestions")).all()
                .map { try Self.suggestion(RowReader(table: "suggestions", row: $0)) }
        }
    }

    /// A plan (without its suggestions) from a row holding ``planColumns``.
    static func plan(_ row: RowReader) throws -> StoredPlan {
        let json: String = try row("plan_json")
        let plan = try row.make { try JSONDecoder().decode(DayPlan.self, from: Data(json.utf8)) }
        let dayText: String = try row("plan_date")
        let seed: Int64 = try row("seed"), shown: Int = try row("shown"), created: Int64 = try row("created_at_ms")
        return StoredPlan(
            id: PlanID(try row("id")), rep: RepID(try row("rep_id")),
            day: try row.make { try CalendarDay(parsing: dayText) }, createdAt: StoredDate.date(created),
            seed: UInt64(bitPattern: seed), travelModel: try row("travel_model"), summary: try row("summary"),
            plan: plan, shown: shown != 0,
            supersededBy: try row.optional("superseded_by", as: String.self).map { PlanID($0) }, suggestions: [])
    }

    /// A suggestion from a row holding ``suggestionColumns``.
    static func suggestion(_ row: RowReader) throws -> StoredSuggestion {
        let json: String = try row("explanation_data")
        let explanation = try row.make {
            try JSONDecoder().decode(SuggestionExplanation.self, from: Data(json.utf8))
        }
        let dayText: String = try row("plan_date")
        let arrival: Int64 = try row("planned_arrival_ms"), created: Int64 = try row("created_at_ms")
        let shown: Int = try row("shown"), superseded: Int = try row("superseded")
        return StoredSuggestion(
            id: SuggestionID(try row("id")), plan: PlanID(try row("plan_id")), lead: LeadID(try row("lead_id")),
            rep: RepID(try row("rep_id")), day: try row.make { try CalendarDay(parsing: dayText) },
            position: try row("position"), plannedArrival: StoredDate.date(arrival), value: try row("value"),
            probability: try row.optional("probability"), explanation: explanation, shown: shown != 0,
            superseded: superseded != 0, createdAt: StoredDate.date(created))
    }

    /// Stable JSON (sorted keys) for the text columns.
    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
