import ArgumentParser
import Foundation
import UptakeCore
import UptakeRouting
import UptakeStore

extension PlanCommand {
    /// What `uptake plan` prints and writes.
    struct Outcome {
        var output: Output
        var tables: String
        var summary: String
    }

    /// The JSON document of `--json`.
    struct Output: Encodable {
        var day: CalendarDay
        var valueSource: String
        var travelModel: String
        var plans: [StoredPlan]
        var skipped: [Skipped]
    }

    /// A rep whose appointments cannot all be kept: not planned.
    struct Skipped: Encodable {
        var rep: RepID
        var reason: String
        var conflicts: [String]
    }

    /// One rep's day, ready to plan.
    struct Frame {
        var rep: Rep
        var timeZone: TimeZone
        var day: RepDay
        var names: [String: String]
        /// What the planner had to give up (e.g. lunch), shown with the plan.
        var notes: [String] = []
    }

    /// Plans the chosen reps and stores the plans (all in one transaction, after every solve succeeded).
    func plan(_ repository: any UptakeRepository) async throws -> Outcome {
        let reps = try await chosenReps(repository)
        guard let first = reps.first else { throw PlanCommandError(.unknownReps, "the database holds no reps to plan") }
        let firstZone = try Self.timeZone(of: first)
        let day = try parsedDay(in: firstZone)
        let dayStart = day.instant(atMinutes: 0, in: firstZone)
        let created = Date()

        var frames: [Frame] = []
        for rep in reps { frames.append(try await frame(rep, day: day, repository: repository)) }

        let repIDs = Set(reps.map(\.id))
        var leads: [Lead] = []
        var after: LeadID?
        while true {
            let page = try await repository.leads(after: after, limit: 5_000)
            leads += page.filter { $0.owner == nil || repIDs.contains($0.owner!) }
            guard let last = page.last, page.count == 5_000 else { break }
            after = last.id
        }
        let visits = try await repository.visits(
            rep: nil, from: dayStart.addingTimeInterval(-Double(recentDays + 1) * 86_400), to: dayStart)
        var appointments: [Appointment] = []
        for rep in try await repository.reps() {
            appointments += try await repository.appointments(
                rep: rep.id, from: dayStart, to: dayStart.addingTimeInterval(400 * 86_400))
        }
        let scores = try await Self.candidateScores(repository: repository, leads: leads)

        // Teams are solved jointly one after another; a lead suggested to one team is not offered to the next.
        let groups = Dictionary(grouping: frames, by: \.rep.team).sorted { $0.key < $1.key }.map(\.value)
        // Leads in other reps' current plans for the day stay theirs: re-planning one rep never doubles them.
        var taken = Set(try await repository.plans(day: day).filter { !repIDs.contains($0.rep) }
            .flatMap { $0.plan.suggestions })
        var drafts: [(Frame, PlanDraft)] = []
        var skipped: [Skipped] = []
        var valueSource = CandidateValueSource.tierPrior
        var travelName = ""
        for group in groups {
            let selection = try CandidateSelection.select(
                day: day, dayStart: dayStart, reps: Set(group.map(\.rep.id)),
                leads: leads.filter { !taken.contains($0.id) }, visits: visits, appointments: appointments,
                scores: scores, options: try candidateOptions())
            valueSource = selection.valueSource
            let solved = try await solve(group, selection: selection)
            travelName = solved.travelName
            skipped += solved.skipped
            for (frame, dayPlan) in solved.plans {
                taken.formUnion(dayPlan.suggestions)
                drafts.append((frame, draft(frame, plan: dayPlan, day: day, selection: selection,
                                            travelName: solved.travelName, created: created)))
            }
        }
        drafts.sort { $0.0.rep.id < $1.0.rep.id }
        let toSave = drafts.map { (draft: $0.1, timeZone: TimeZone(identifier: $0.0.rep.timeZone) ?? .gmt) }
        let stored = try await repository.transaction { tx in
            var result: [StoredPlan] = []
            for item in toSave {
                // A control rep of a running pilot gets would-be suggestions logged but not shown, so compliance
                // and counterfactual analyses are possible (docs/evidence.md). Noon is safely inside the day.
                let noon = item.draft.day.instant(atMinutes: 720, in: item.timeZone)
                let arm = try await tx.pilotArm(rep: item.draft.rep, on: noon)
                result.append(try await tx.save(item.draft, shown: arm != .control))
            }
            return result
        }
        let output = Output(
            day: day, valueSource: valueSource.description, travelModel: travelName, plans: stored, skipped: skipped)
        return Outcome(
            output: output, tables: render(stored, frames: Dictionary(uniqueKeysWithValues: drafts.map { ($0.0.rep.id, $0.0) }),
                                           skipped: skipped),
            summary: Self.summary(stored, day: day, valueSource: valueSource, skipped: skipped.count))
    }

    /// The reps `--rep`, `--team` or `--all` name, ordered by id.
    private func chosenReps(_ repository: any UptakeRepository) async throws -> [Rep] {
        if let rep {
            guard let found = try await repository.rep(RepID(rep)) else {
                throw PlanCommandError(.unknownReps, "--rep \(rep): no rep has this id")
            }
            return [found]
        }
        let everyone = try await repository.reps()
        if let team {
            let members = everyone.filter { $0.team == team }
            guard !members.isEmpty else { throw PlanCommandError(.unknownReps, "--team \(team): no rep is in this team") }
            return members
        }
        return everyone
    }

    private static func timeZone(of rep: Rep) throws -> TimeZone {
        guard let zone = TimeZone(identifier: rep.timeZone) else {
            throw PlanCommandError(.unknownReps, "rep \(rep.id) has an unknown time zone \"\(rep.timeZone)\"")
        }
        return zone
    }

    /// A rep's frame: shift, lunch, and the day's appointments as fixed stops at their local times.
    private func frame(_ rep: Rep, day: CalendarDay, repository: any UptakeRepository) async throws -> Frame {
        let zone = try Self.timeZone(of: rep)
        let start = day.instant(atMinutes: 0, in: zone), end = day.adding(days: 1).instant(atMinutes: 0, in: zone)
        var fixed: [FixedStop] = []
        var names: [String: String] = [:]
        for appointment in try await repository.appointments(rep: rep.id, from: start, to: end) {
            var location = appointment.location
            var name = appointment.title
            if let lead = appointment.lead, let stored = try await repository.lead(lead) {
                location = location ?? stored.location
                name = stored.name
            }
            let from = Self.minutes(appointment.start, day: day, zone: zone)
            let to = max(from, Self.minutes(appointment.end, day: day, zone: zone))
            fixed.append(try FixedStop(
                id: appointment.id.rawValue, location: location, start: try TimeOfDay(minutes: from),
                end: try TimeOfDay(minutes: to)))
            names[appointment.id.rawValue] = name
        }
        let lunch = lunchMinutes == 0 ? nil : try LunchBreak(
            earliest: try TimeOfDay(hour: 11, minute: 30), latest: try TimeOfDay(hour: 14), minutes: lunchMinutes)
        let repDay = RepDay(
            rep: rep, lunch: lunch, appointments: fixed,
            limits: PlanLimits(maxAddedStops: maxStops, maxExtraMinutesPerStop: maxExtraMinutes))
        return Frame(rep: rep, timeZone: zone, day: repDay, names: names)
    }

    /// Wall-clock minutes after the day's midnight, clamped to the day.
    private static func minutes(_ date: Date, day: CalendarDay, zone: TimeZone) -> Int {
        let midnight = day.instant(atMinutes: 0, in: zone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.day, .hour, .minute], from: midnight, to: date)
        let total = (parts.day ?? 0) * 1_440 + (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        return min(1_440, max(0, total))
    }

    /// A draft for the store: every suggestion with its arrival instant, value and explanation.
    private func draft(
        _ frame: Frame, plan: DayPlan, day: CalendarDay, selection: CandidateSelection, travelName: String,
        created: Date
    ) -> PlanDraft {
        let explanations = SuggestionExplanation.explain(
            plan: plan, day: frame.day, selection: selection, fixedNames: frame.names)
        let values = Dictionary(uniqueKeysWithValues: selection.candidates.map { ($0.id, $0.value) })
        var suggestions: [PlanDraft.Suggestion] = []
        for (index, stop) in plan.stops.enumerated() {
            guard case .suggestion(let lead) = stop.kind, let explanation = explanations[index] else { continue }
            suggestions.append(PlanDraft.Suggestion(
                lead: lead, position: index, plannedArrival: day.instant(atMinutes: stop.arrival, in: frame.timeZone),
                value: values[lead] ?? 0, probability: explanation.probability, explanation: explanation))
        }
        let added = plan.travelMinutes - plan.baseTravelMinutes
        let summary = frame.notes.map { $0 + "; " }.joined() + "\(suggestions.count) suggestion\(suggestions.count == 1 ? "" : "s"), "
            + "+\(Int(added.rounded())) min driving, \(SuggestionExplanation.dollars(plan.value)) expected "
            + "(\(selection.valueSource))"
        return PlanDraft(
            rep: frame.rep.id, day: day, createdAt: created, seed: seed, travelModel: travelName, summary: summary,
            plan: plan, suggestions: suggestions)
    }
}
