import ArgumentParser
import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// `uptake demo pilot`: a simulated 8-week pilot on the demo territory, analysed and priced.
struct DemoPilotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pilot",
        abstract: "Simulate a pilot on the demo territory (SIMULATED data), analyse it and compute its ROI.",
        discussion: """
            Runs the real workflow on simulated rep behaviour: `pilot create` over every rep (history from \
            the store), `pilot start` (plan frozen) dated the Monday --weeks weeks before --today, then for \
            each weekday and rep the arm lookup the planner uses decides whether the day's suggested bronze \
            leads are shown (treatment) or only logged (control). Treatment reps answer as \
            SimulatedRepBehaviour.demo documents (55% accepted, 85% of those visited, 6% of visits convert; \
            5% of dismissals corrected; 7% of visits recorded 1.1 km away), so the planted effect is \
            suggestions a week x 0.02805 extra bronze conversions per rep-week. Then `pilot analyze` and \
            `uptake roi` from the measured uplift. Every plan, suggestion and event says "simulated".
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The pilot's name.")
    var name = "demo-pilot"

    @Option(help: "Length in weeks.")
    var weeks = 8

    @Option(name: .customLong("suggestions-per-day"), help: "Bronze suggestions per rep per weekday.")
    var suggestionsPerDay = 2

    @Option(help: "Seed of the randomization and of the simulated behaviour.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The last day of history, YYYY-MM-DD (default: today).", valueName: "day"))
    var today: DayArgument?

    @Flag(help: "Print JSON: pilot, plan_hash, planted_effect, analysis, roi.")
    var json = false

    func validate() throws {
        guard (2...52).contains(weeks) else { throw ValidationError("--weeks must be between 2 and 52") }
        guard (1...8).contains(suggestionsPerDay) else {
            throw ValidationError("--suggestions-per-day must be between 1 and 8")
        }
    }

    func run() async throws {
        let lastDay = today?.start ?? Calendar.utc.startOfDay(for: Date())
        // The Monday on or before `weeks` weeks ago: the whole pilot lies in the generated history's past.
        let back = lastDay.addingTimeInterval(-Double(weeks) * PilotData.week)
        let weekday = Calendar.utc.component(.weekday, from: back)  // 1 = Sunday
        let start = back.addingTimeInterval(-Double((weekday + 5) % 7) * 86_400)
        let behaviour = SimulatedRepBehaviour.demo
        let plantedEffect = Double(suggestionsPerDay * 5) * behaviour.expectedConversionsPerSuggestion
        let (result, counts) = try await database.withRepository { repository in
            if let existing = try await repository.pilot(name), existing.status != .draft {
                throw ValidationError("pilot \(name) exists and has started; give another --name")
            }
            let draft = try await PilotCreateCommand.design(
                repository: repository, name: name, reps: "all", metric: .bronzeConversionsPerRepWeek, weeks: weeks,
                alpha: 0.05, seed: seed, start: start, now: start)
            let pilot = try await repository.startPilot(name, planHash: try draft.design.plan.planHash(), at: start)
            let counts = try await simulate(pilot: pilot, behaviour: behaviour, repository: repository)
            _ = try await repository.finishPilot(name, at: pilot.endsAt)
            return (try await PilotStoreAnalysis.analyze(name, in: repository, asOf: pilot.endsAt), counts)
        }
        let model = RolloutROI.demoModel
        let uplift = result.analysis.itt
        let roi = try ROIRolloutOptions.render(RolloutROI(model: model, uplift: uplift, seed: seed), json: json)
        if json {
            let object: [String: Any] = [
                "simulated": true, "pilot": name, "plan_hash": result.pilot.planHash ?? "",
                "planted_effect": plantedEffect,
                "analysis": try JSONSerialization.jsonObject(with: Data(try result.json().utf8)),
                "roi": try JSONSerialization.jsonObject(with: Data(roi.utf8)),
                "suggestions": counts.suggestions, "shown": counts.shown, "events": counts.events,
            ]
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
                         as: UTF8.self))
            return
        }
        print("""
            SIMULATED PILOT on the demo territory: the rep behaviour below is simulated, not measured.
            \(counts.suggestions) suggestions planned (\(counts.shown) shown to treatment reps, the rest logged \
            unshown for control reps); \(counts.events) simulated ledger events.
            Assumptions: \(Int(behaviour.acceptance * 100))% accepted, \(Int(behaviour.visitGivenAccepted * 100))% \
            of those visited, \(Int(behaviour.conversionGivenVisited * 100))% of visits convert; planted effect \
            \(String(format: "%.3f", plantedEffect)) extra bronze conversions per treatment rep-week.

            \(result.text)

            ROI of rolling it out, priced from the measured ITT uplift (per rep-week; demo assumptions: \
            margin \(Int(model.marginPerUnit)) per conversion, build \(Int(model.buildCost)), licence \
            \(Int(model.licenceCostPerPeriod)) and running \(Int(model.runningCostPerPeriod)) a week, \
            \(Int(model.trainingHoursPerRep)) training hours x \(Int(model.trainingHourlyRate)) per rep, \
            \(model.horizon) weeks at \(model.discountRatePerPeriod) a week). The same with `uptake roi`:
              uptake roi --uplift \(String(format: "%.6f", uplift.estimate)) --uplift-se \
            \(String(format: "%.6f", uplift.standardError)) --reps \(model.reps) --rate \(model.discountRatePerPeriod)
            \(roi)
            """)
    }

    /// What the simulation wrote.
    struct Counts: Sendable {
        var suggestions = 0
        var shown = 0
        var events = 0
    }

    /// Plans each weekday's bronze suggestions for every rep (shown or not by the arm lookup) and writes
    /// the treatment reps' simulated answers to the ledger.
    private func simulate(
        pilot: StoredPilot, behaviour: SimulatedRepBehaviour, repository: any UptakeRepository
    ) async throws -> Counts {
        let perDay = suggestionsPerDay, seed = self.seed
        return try await repository.transaction { tx in
            var generator = SeededGenerator(seed: seed, stream: 7)
            var counts = Counts()
            let convertedInCRM = Set(try await tx.conversions(from: pilot.startsAt, to: pilot.endsAt).map(\.lead))
            var shown: [SimulatedRepBehaviour.Suggestion] = []
            let reps = try await tx.reps().filter { pilot.design.assignment.arms[$0.id.rawValue] != nil }
            for rep in reps {
                // Bronze leads the CRM does not report converting during the pilot: an extra conversion among
                // them is the treatment's doing, so the planted effect is not diluted by double counting.
                var pool = try await tx.leads(owner: rep.id).filter { $0.tier == .bronze && !convertedInCRM.contains($0.id) }
                generator.shuffle(&pool)
                let timeZone = TimeZone(identifier: rep.timeZone) ?? .utc
                var next = 0
                var day = pilot.startsAt
                while day < pilot.endsAt {
                    defer { day = day.addingTimeInterval(86_400) }
                    let weekday = Calendar.utc.component(.weekday, from: day)
                    guard weekday != 1, weekday != 7, !pool.isEmpty else { continue }
                    let calendarDay = CalendarDay.containing(day.addingTimeInterval(43_200), in: .utc)
                    // The planner's contract: control reps' suggestions are logged, not shown.
                    let arm = try await tx.pilotArm(rep: rep.id, on: calendarDay.instant(atMinutes: 720, in: timeZone))
                    let leads = (0..<perDay).map { pool[(next + $0) % pool.count] }
                    next += perDay
                    let stored = try await tx.save(
                        SimulatedPlanDraft.make(rep: rep.id, day: calendarDay, leads: leads, createdAt: day,
                                                timeZone: timeZone),
                        shown: arm != .control)
                    counts.suggestions += stored.suggestions.count
                    guard arm == .treatment else { continue }
                    for (suggestion, lead) in zip(stored.suggestions, leads) {
                        shown.append(.init(id: suggestion.id.rawValue, rep: rep.id, lead: lead.id, location: lead.location,
                                           plannedArrival: suggestion.plannedArrival, value: lead.expectedValue))
                    }
                }
            }
            counts.shown = shown.count
            let events = try behaviour.events(for: shown, using: &generator)
            _ = try LedgerHistory(events)  // the simulated ledger obeys the same rules as an imported one
            try await tx.append(ledgerEvents: events, recordedAt: pilot.endsAt)
            counts.events = events.count
            return counts
        }
    }
}

extension Calendar {
    /// The Gregorian calendar in UTC: the ledger's and pilots' days.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}

extension TimeZone {
    /// UTC.
    static let utc = TimeZone(identifier: "UTC")!
}
