import Foundation
import UptakeCore

/// Stored day plans and their suggestions (schema version 3), refined by ``UptakeRepository``.
///
/// A plan is kept per rep and day; planning the same rep and day again stores a new plan and marks the
/// old one (and its suggestions) superseded. Nothing is deleted: the ledger refers to suggestions by id.
///
/// ```swift
/// let stored = try await repository.save(draft, shown: true)
/// let current = try await repository.plan(rep: "rep-1", day: stored.day)
/// let suggestion = try await repository.suggestion(stored.suggestions[0].id)
/// ```
public protocol PlanStore: Sendable {
    /// Stores a plan and its suggestions, superseding the rep's current plan for that day, in one transaction.
    ///
    /// - Parameters:
    ///   - draft: The plan.
    ///   - shown: Whether the rep is shown the suggestions (false for a pilot's control reps: logged, not shown).
    /// - Returns: The stored plan with its new ids.
    /// - Throws: The database's error; nothing of this call is stored then.
    func save(_ draft: PlanDraft, shown: Bool) async throws -> StoredPlan

    /// The rep's current (latest, not superseded) plan for a day, or nil.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - day: The day.
    /// - Returns: The plan with its suggestions, or nil when none was stored.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func plan(rep: RepID, day: CalendarDay) async throws -> StoredPlan?

    /// Every rep's current plan for a day, ordered by rep.
    ///
    /// - Parameter day: The day.
    /// - Returns: The plans with their suggestions.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func plans(day: CalendarDay) async throws -> [StoredPlan]

    /// One suggestion, current or superseded, or nil.
    ///
    /// - Parameter id: The suggestion's id.
    /// - Returns: The suggestion, or nil when none has this id.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func suggestion(_ id: SuggestionID) async throws -> StoredSuggestion?

    /// Suggestions for days in `[from, to]` (both included), optionally one rep's, superseded ones included
    /// (see `superseded`), ordered by day, rep, plan (oldest first) and position.
    ///
    /// - Parameters:
    ///   - rep: Only this rep's, or nil for everyone's.
    ///   - from: First day.
    ///   - to: Last day.
    /// - Returns: The suggestions.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func suggestions(rep: RepID?, from: CalendarDay, to: CalendarDay) async throws -> [StoredSuggestion]
}

extension PlanStore {
    /// Stores a plan whose suggestions the rep is shown (see ``save(_:shown:)``).
    ///
    /// - Parameter draft: The plan.
    /// - Returns: The stored plan.
    /// - Throws: The database's error.
    public func save(_ draft: PlanDraft) async throws -> StoredPlan {
        try await save(draft, shown: true)
    }
}
