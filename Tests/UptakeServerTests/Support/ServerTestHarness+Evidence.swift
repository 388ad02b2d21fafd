import Foundation
import UptakeCore
import UptakeStore
import UptakeTesting
@testable import UptakeServer

/// What ``ServerTestHarness/seedEvidence(_:now:)`` stored.
struct EvidenceSeed: Sendable {
    /// The pilot's name.
    var pilot: String
    /// The champion model's version.
    var model: String
    /// Midnight UTC of the day the data was made for.
    var today: Date
}

extension ServerTestHarness {
    /// The reps the evidence seed adds to the harness's three: `north` then holds rep-1, 2, 4, 5 and `south`
    /// rep-3, 6, 7, 8.
    static let evidenceReps: [(id: String, team: String)] = [
        ("rep-4", "north"), ("rep-5", "north"), ("rep-6", "south"), ("rep-7", "south"), ("rep-8", "south"),
    ]

    /// Stores what the evidence sections read, the way the product writes it (the library calls `uptake demo
    /// pilot`, `uptake train` and `uptake score` make, without the CLI):
    ///
    /// - 720 leads over the 400 days before `now`, owned in turn by the 8 reps, converting with a chance that
    ///   grows with the agency's size (seeded);
    /// - a model trained on what was known 60 days ago (the champion), its scores of the leads open then, and
    ///   a week ago its scores of the leads of the last 90 days (drift and realized performance);
    /// - a 4-week pilot over the 8 reps that started on the Monday six weeks back and has finished: each
    ///   weekday every rep gets a plan with one bronze lead suggested (shown to treatment reps, logged for
    ///   control reps), and the treatment reps answer as ``UptakeCore/SimulatedRepBehaviour/demo``.
    ///
    /// - Parameters:
    ///   - repository: The harness's store.
    ///   - now: The day the data is made for (the pages use the clock: keep it today).
    /// - Returns: The names of what was stored.
    static func seedEvidence(_ repository: SQLRepository, now: Date = Date()) async throws -> EvidenceSeed {
        let day: TimeInterval = 86_400
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let today = utc.startOfDay(for: now)
        _ = try await repository.upsert(reps: evidenceReps.map {
            StoreFixtures.rep($0.id, name: "Rep \($0.id.dropFirst(4))", team: $0.team)
        })
        let reps = try await repository.reps()
        let ids = (1...8).map { RepID("rep-\($0)") }
        var generator = SeededGenerator(seed: 11, stream: 3)

        var leads: [Lead] = [], conversions: [Conversion] = []
        for index in 0..<720 {
            let created = today - Double(400 * (720 - index) / 720) * day + 3_600
            let agents = Double(Int.random(in: 1...40, using: &generator))
            let segment = ["retail", "commercial", "life"][Int.random(in: 0...2, using: &generator)]
            let lead = StoreFixtures.lead(
                "ev-\(index)", name: "Agency \(index)", owner: ids[index % ids.count],
                tier: agents >= 25 ? .gold : agents >= 12 ? .silver : .bronze, createdAt: created,
                attributes: [
                    "agents": .number(agents), "segment": .category(segment),
                    "opened": .date(created - Double(365 + index) * day), "independent": .boolean(index % 3 == 0),
                ])
            leads.append(lead)
            let chance = 1 / (1 + exp(2.2 - 0.09 * agents - (segment == "commercial" ? 0.6 : 0)))
            let date = created + Double(Int.random(in: 5...80, using: &generator)) * day
            if Double.random(in: 0..<1, using: &generator) < chance, date < today {
                conversions.append(try Conversion(
                    id: ConversionID("cv-\(index)"), lead: lead.id, date: date, value: 1_000 + 50 * agents))
            }
        }
        _ = try await repository.upsert(leads: leads)
        _ = try await repository.upsert(conversions: conversions)

        // The model, as `uptake train` registers it, and its scores, as `uptake score` appends them.
        let trained = today - 60 * day
        let (version, model) = try await SeededChampion.train(
            repository, leads: leads, reps: reps, conversions: conversions, at: trained, note: "evidence seed")
        try await SeededChampion.score(
            leads.filter { $0.createdAt < trained && $0.createdAt >= trained - 90 * day }, reps: reps, model: model,
            version: version.id, at: trained, into: repository)
        try await SeededChampion.score(
            leads.filter { $0.createdAt >= today - 90 * day }, reps: reps, model: model, version: version.id,
            at: today - 7 * day, into: repository)

        // The pilot, as `uptake pilot create` and `uptake pilot start` store it.
        let back = today - 42 * day
        let start = back - Double((utc.component(.weekday, from: back) + 5) % 7) * day  // the Monday on or before
        let end = start + 28 * day
        let design = try PilotDesign(
            name: "evidence-pilot", metric: .bronzeConversionsPerRepWeek, startDate: DayRange.isoDay(start), weeks: 4,
            alpha: 0.05, seed: 5,
            history: reps.map { RepHistory(id: $0.id.rawValue, team: $0.team, weekly: [0, 1, 0, 2]) })
        try await repository.savePilotDraft(StoredPilot(
            id: "evidence-pilot", design: design, startsAt: start, endsAt: end, createdAt: start - day))
        _ = try await repository.startPilot("evidence-pilot", planHash: try design.plan.planHash(), at: start)

        // The pilot's days, as the planner and My day record them.
        let zone = TimeZone(identifier: "America/New_York")!
        var shown: [SimulatedRepBehaviour.Suggestion] = []
        var next = 0
        for offset in 0..<28 {
            let date = start + Double(offset) * day
            guard !utc.isDateInWeekend(date) else { continue }
            let calendarDay = CalendarDay.containing(date + day / 2, in: utc.timeZone)
            for rep in ids {
                let pool = leads.filter { $0.owner == rep && $0.tier == .bronze && $0.createdAt < start }
                let lead = pool[next % pool.count]
                next += 1
                let arm = try await repository.pilotArm(rep: rep, on: calendarDay.instant(atMinutes: 720, in: zone))
                let plan = try await repository.save(
                    draft(rep: rep, day: calendarDay, lead: lead.id, leadName: lead.name, appointments: []),
                    shown: arm != .control)
                guard arm == .treatment, let suggestion = plan.suggestions.first else { continue }
                shown.append(.init(
                    id: suggestion.id.rawValue, rep: rep, lead: lead.id, location: lead.location,
                    plannedArrival: suggestion.plannedArrival, value: lead.expectedValue))
            }
        }
        let events = try SimulatedRepBehaviour.demo.events(for: shown, using: &generator)
        _ = try LedgerHistory(events)
        try await repository.append(ledgerEvents: events, recordedAt: end)
        _ = try await repository.finishPilot("evidence-pilot", at: end)
        return EvidenceSeed(pilot: "evidence-pilot", model: version.id, today: today)
    }
}
