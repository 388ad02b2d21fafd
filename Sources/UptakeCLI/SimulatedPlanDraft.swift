import Foundation
import UptakeCore
import UptakeStore

/// A stand-in day plan holding only suggested stops, for the simulated demo pilot (and tests): stored
/// through the planner's ``PlanStore`` so that ledger events refer to real suggestion ids.
///
/// Its summary and every explanation say "simulated": nothing in it came from the planner.
enum SimulatedPlanDraft {
    /// A plan of `leads` as suggestions for one rep and day, arriving from 10:00 an hour apart.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - day: The day.
    ///   - leads: The suggested leads, in order.
    ///   - createdAt: When the plan was made.
    ///   - timeZone: The rep's time zone.
    /// - Returns: The draft.
    static func make(rep: RepID, day: CalendarDay, leads: [Lead], createdAt: Date, timeZone: TimeZone) -> PlanDraft {
        let suggestions = leads.enumerated().map { index, lead in
            let minutes = 600.0 + 60 * Double(index)
            let text = "Simulated suggestion (demo pilot): \(lead.name), \(lead.tier.rawValue)"
            let explanation = SuggestionExplanation(
                text: text, lead: lead.id, leadName: lead.name, arrivalMinutes: minutes,
                after: .init(id: "start", name: "start of day", minutes: 480),
                before: .init(id: "end", name: "end of day", minutes: 1_020), addedMinutes: 0, slackMinutes: 0,
                probability: nil, expectedValue: lead.expectedValue, valueSource: .tierPrior, reasons: ["simulated"])
            return PlanDraft.Suggestion(
                lead: lead.id, position: index + 1, plannedArrival: day.instant(atMinutes: minutes, in: timeZone),
                value: lead.expectedValue, probability: nil, explanation: explanation)
        }
        return PlanDraft(
            rep: rep, day: day, createdAt: createdAt, seed: 0, travelModel: "simulated",
            summary: "Simulated plan (demo pilot): \(leads.count) suggestions",
            plan: DayPlan(rep: rep, stops: [], value: 0, travelMinutes: 0, baseTravelMinutes: 0),
            suggestions: suggestions)
    }
}
