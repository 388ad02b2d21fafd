import Foundation
import UptakeCore

/// The stable id of a stored plan, `plan-` followed by a lowercase UUID.
public typealias PlanID = Identifier<StoredPlan>

/// A rep's planned day as stored: the plan itself, how it was made, and its suggestions.
public struct StoredPlan: Hashable, Sendable, Codable, Identifiable {
    /// The plan's id (`plan-<uuid>`).
    public var id: PlanID
    /// The rep.
    public var rep: RepID
    /// The day, in the rep's calendar.
    public var day: CalendarDay
    /// When it was made.
    public var createdAt: Date
    /// The planner's random seed.
    public var seed: UInt64
    /// The drive-time model used, in words (e.g. `great-circle ×1.3 at 50 km/h + 5 min`).
    public var travelModel: String
    /// A one-line summary (suggestions, added minutes, expected value, value source).
    public var summary: String
    /// The day as planned.
    public var plan: DayPlan
    /// Whether the rep was shown the suggestions (false for a pilot's control reps).
    public var shown: Bool
    /// The plan that replaced this one, or nil while it is current.
    public var supersededBy: PlanID?
    /// The plan's suggestions, in visiting order.
    public var suggestions: [StoredSuggestion]

    /// Makes a plan value (the store makes these; tests compare against them).
    ///
    /// - Parameters:
    ///   - id: The id.
    ///   - rep: The rep.
    ///   - day: The day.
    ///   - createdAt: When it was made.
    ///   - seed: The planner's seed.
    ///   - travelModel: The drive-time model in words.
    ///   - summary: One-line summary.
    ///   - plan: The day as planned.
    ///   - shown: Suggestions shown to the rep.
    ///   - supersededBy: The plan that replaced it, or nil.
    ///   - suggestions: Its suggestions.
    public init(
        id: PlanID, rep: RepID, day: CalendarDay, createdAt: Date, seed: UInt64, travelModel: String,
        summary: String, plan: DayPlan, shown: Bool, supersededBy: PlanID?, suggestions: [StoredSuggestion]
    ) {
        self.id = id
        self.rep = rep
        self.day = day
        self.createdAt = createdAt
        self.seed = seed
        self.travelModel = travelModel
        self.summary = summary
        self.plan = plan
        self.shown = shown
        self.supersededBy = supersededBy
        self.suggestions = suggestions
    }
}
