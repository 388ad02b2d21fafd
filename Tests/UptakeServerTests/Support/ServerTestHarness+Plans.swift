import Foundation
import UptakeCore
import UptakeStore
import UptakeTesting
@testable import UptakeServer

extension ServerTestHarness {
    /// The planned day of the harness (`2026-11-20`), when `rep-1` has appointments at 09:00 and 13:00.
    static let plannedDay = "2026-11-20"
    /// A day on which `rep-1`'s plan is stored as a pilot control rep's: logged, not shown.
    static let hiddenDay = "2026-11-21"

    /// Stores the harness's plans: `rep-1` on ``plannedDay`` (appointments, a suggested visit to `lead-1` at
    /// 10:30, lunch) and on ``hiddenDay`` (not shown); `rep-2` and `rep-3` on ``plannedDay`` with one suggestion
    /// each (`lead-2`, `lead-3`).
    ///
    /// - Parameter repository: The harness's store.
    /// - Returns: The id of each rep's suggestion on ``plannedDay``, and `hidden` for `rep-1`'s hidden one.
    static func seedPlans(_ repository: SQLRepository) async throws -> [String: String] {
        var ids: [String: String] = [:]
        let day = try CalendarDay(parsing: plannedDay)
        let rep1 = try await repository.save(draft(
            rep: "rep-1", day: day, lead: "lead-1", leadName: "Acme", appointments: ["appt-1", "appt-2"]))
        ids["rep-1"] = rep1.suggestions[0].id.rawValue
        for (rep, lead, name) in [("rep-2", "lead-2", "Birch"), ("rep-3", "lead-3", "Cedar")] {
            let plan = try await repository.save(draft(
                rep: RepID(rep), day: day, lead: LeadID(lead), leadName: name, appointments: []))
            ids[rep] = plan.suggestions[0].id.rawValue
        }
        let hidden = try await repository.save(
            draft(rep: "rep-1", day: try CalendarDay(parsing: hiddenDay), lead: "lead-1", leadName: "Acme",
                  appointments: []),
            shown: false)
        ids["hidden"] = hidden.suggestions[0].id.rawValue
        return ids
    }

    /// A plan: start 08:00, the appointments at 09:00 and 13:00 when given, lunch 12:00, one suggestion at
    /// 10:30, end 17:00 (America/New_York, the fixtures' zone).
    static func draft(
        rep: RepID, day: CalendarDay, lead: LeadID, leadName: String, appointments: [String]
    ) throws -> PlanDraft {
        let zone = TimeZone(identifier: "America/New_York")!
        let home = GeoPoint(uncheckedLatitude: 39.9612, longitude: -82.9988)
        let there = GeoPoint(uncheckedLatitude: 40.0, longitude: -83.0)
        var stops = [PlannedStop(kind: .start, location: home, arrival: 480, start: 480, end: 480)]
        if appointments.count > 0 {
            stops.append(PlannedStop(kind: .appointment(appointments[0]), location: nil, arrival: 530, start: 540,
                                     end: 600))
        }
        stops.append(PlannedStop(
            kind: .suggestion(lead), location: there, arrival: 630, start: 630, end: 660,
            detour: .init(after: "appt-1", before: "appt-2", soloMinutes: 8, extraMinutes: 8)))
        stops.append(PlannedStop(kind: .lunch, location: nil, arrival: 720, start: 720, end: 750))
        if appointments.count > 1 {
            stops.append(PlannedStop(kind: .appointment(appointments[1]), location: nil, arrival: 770, start: 780,
                                     end: 840))
        }
        stops.append(PlannedStop(kind: .end, location: home, arrival: 1_020, start: 1_020, end: 1_020))
        let explanation = SuggestionExplanation(
            text: "\(leadName): adds 8 min between Meeting appt-1 09:00 and Meeting appt-2 13:00", lead: lead,
            leadName: leadName, arrivalMinutes: 630, after: .init(id: "appt-1", name: "Meeting appt-1", minutes: 600),
            before: .init(id: "appt-2", name: "Meeting appt-2", minutes: 780), addedMinutes: 8, slackMinutes: 90,
            probability: 0.31, expectedValue: 387.5, valueSource: .scores,
            reasons: ["agents = 12 raises the score", "segment = retail raises the score"])
        let suggestion = PlanDraft.Suggestion(
            lead: lead, position: appointments.isEmpty ? 1 : 2, plannedArrival: day.instant(atMinutes: 630, in: zone),
            value: 387.5, probability: 0.31, explanation: explanation)
        let plan = DayPlan(rep: rep, stops: stops, value: 387.5, travelMinutes: 48, baseTravelMinutes: 40)
        return PlanDraft(
            rep: rep, day: day, createdAt: StoreFixtures.epoch, seed: 7, travelModel: "great-circle",
            summary: "1 suggested stop, +8 min travel", plan: plan, suggestions: [suggestion])
    }
}
