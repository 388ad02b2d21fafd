import Foundation
import UptakeCore

/// A plan about to be saved with ``PlanStore/save(_:shown:)``: the store adds the ids.
public struct PlanDraft: Hashable, Sendable {
    /// One suggested stop of the draft.
    public struct Suggestion: Hashable, Sendable {
        /// The lead.
        public var lead: LeadID
        /// Index of the stop in the plan's `stops`.
        public var position: Int
        /// Planned arrival.
        public var plannedArrival: Date
        /// Expected value of the visit.
        public var value: Double
        /// Calibrated probability, or nil when the value did not come from a score.
        public var probability: Double?
        /// Why it was suggested.
        public var explanation: SuggestionExplanation

        /// Makes a draft suggestion.
        ///
        /// - Parameters:
        ///   - lead: The lead.
        ///   - position: Index in the plan's stops.
        ///   - plannedArrival: Planned arrival.
        ///   - value: Expected value.
        ///   - probability: Calibrated probability, or nil.
        ///   - explanation: Why.
        public init(
            lead: LeadID, position: Int, plannedArrival: Date, value: Double, probability: Double?,
            explanation: SuggestionExplanation
        ) {
            self.lead = lead
            self.position = position
            self.plannedArrival = plannedArrival
            self.value = value
            self.probability = probability
            self.explanation = explanation
        }
    }

    /// The rep.
    public var rep: RepID
    /// The day, in the rep's calendar.
    public var day: CalendarDay
    /// When it was made.
    public var createdAt: Date
    /// The planner's seed.
    public var seed: UInt64
    /// The drive-time model in words.
    public var travelModel: String
    /// One-line summary.
    public var summary: String
    /// The day as planned.
    public var plan: DayPlan
    /// The suggested stops, in visiting order.
    public var suggestions: [Suggestion]

    /// Makes a draft.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - day: The day.
    ///   - createdAt: When it was made.
    ///   - seed: The planner's seed.
    ///   - travelModel: The drive-time model in words.
    ///   - summary: One-line summary.
    ///   - plan: The day as planned.
    ///   - suggestions: The suggested stops.
    public init(
        rep: RepID, day: CalendarDay, createdAt: Date, seed: UInt64, travelModel: String, summary: String,
        plan: DayPlan, suggestions: [Suggestion]
    ) {
        self.rep = rep
        self.day = day
        self.createdAt = createdAt
        self.seed = seed
        self.travelModel = travelModel
        self.summary = summary
        self.plan = plan
        self.suggestions = suggestions
    }
}
