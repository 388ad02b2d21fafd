import Foundation
import UptakeCore

/// The stable id of a suggestion, `sug-` followed by a lowercase UUID: unique forever, never reused.
public typealias SuggestionID = Identifier<StoredSuggestion>

/// One suggested stop of a stored plan: what the ledger records as shown, accepted, dismissed or visited.
///
/// Suggestions are never deleted; re-planning a day marks the old ones `superseded`.
public struct StoredSuggestion: Hashable, Sendable, Codable, Identifiable {
    /// The suggestion's id (`sug-<uuid>`).
    public var id: SuggestionID
    /// The plan it belongs to.
    public var plan: PlanID
    /// The lead suggested.
    public var lead: LeadID
    /// The rep it was suggested to.
    public var rep: RepID
    /// The day of the plan, in the rep's calendar.
    public var day: CalendarDay
    /// Index of the stop in the plan's `stops` (the start of the day is 0).
    public var position: Int
    /// Planned arrival at the lead.
    public var plannedArrival: Date
    /// Expected value of the visit (the planner's value).
    public var value: Double
    /// Calibrated probability of conversion, when the value came from a score.
    public var probability: Double?
    /// Why it was suggested, as text (`explanation.text`) and data.
    public var explanation: SuggestionExplanation
    /// Whether the rep was shown it: false for a control rep of a pilot, whose would-be suggestions are
    /// logged but not shown.
    public var shown: Bool
    /// Whether a later plan for the same rep and day replaced this one's plan.
    public var superseded: Bool
    /// When it was made.
    public var createdAt: Date

    /// Makes a suggestion value (the store makes these; tests compare against them).
    ///
    /// - Parameters:
    ///   - id: The id.
    ///   - plan: Its plan.
    ///   - lead: The lead.
    ///   - rep: The rep.
    ///   - day: The plan's day.
    ///   - position: Index in the plan's stops.
    ///   - plannedArrival: Planned arrival.
    ///   - value: Expected value.
    ///   - probability: Calibrated probability, or nil.
    ///   - explanation: Why.
    ///   - shown: Shown to the rep.
    ///   - superseded: Replaced by a later plan.
    ///   - createdAt: When it was made.
    public init(
        id: SuggestionID, plan: PlanID, lead: LeadID, rep: RepID, day: CalendarDay, position: Int,
        plannedArrival: Date, value: Double, probability: Double?, explanation: SuggestionExplanation,
        shown: Bool, superseded: Bool, createdAt: Date
    ) {
        self.id = id
        self.plan = plan
        self.lead = lead
        self.rep = rep
        self.day = day
        self.position = position
        self.plannedArrival = plannedArrival
        self.value = value
        self.probability = probability
        self.explanation = explanation
        self.shown = shown
        self.superseded = superseded
        self.createdAt = createdAt
    }
}
