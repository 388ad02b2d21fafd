import Foundation

extension CandidateSelection {
    /// Chooses the candidate leads for one day (one rep, or a team planned jointly) and values them.
    ///
    /// A lead is a candidate when it is owned by one of `reps` or by no one, is of a planned tier, was not
    /// visited by anyone in the `recentVisitDays` days before `dayStart`, has no appointment ending after
    /// `dayStart` (an open appointment: it is already being worked), and is open that weekday.
    ///
    /// Its value is, by the first source available (the same source for every lead, reported in
    /// `valueSource`):
    /// 1. scores: calibrated probability × deal value (leads without a score are left out);
    /// 2. `options.valueAttribute`: that numeric attribute (leads without it are left out);
    /// 3. the tier prior: `options.tierPriors[tier]` × deal value.
    /// The deal value is `options.dealValue` when set, else the lead's `expectedValue`.
    ///
    /// - Parameters:
    ///   - day: The day planned (its weekday picks the opening hours).
    ///   - dayStart: The instant the day begins in the reps' time zone (visit and appointment cut-off).
    ///   - reps: The reps planned.
    ///   - leads: Leads to consider.
    ///   - visits: Past visits (any rep; those outside the window are ignored).
    ///   - appointments: Appointments of every rep (those ending before `dayStart` are ignored).
    ///   - scores: Scores by lead; empty when no model has scored the leads.
    ///   - options: Tiers, visit lengths, value fallbacks.
    /// - Returns: The candidates with their details and the exclusion counts.
    /// - Throws: `PlanningError` `.invalidRequest` for a negative value or a non-positive visit length.
    public static func select(
        day: CalendarDay, dayStart: Date, reps: Set<RepID>, leads: [Lead], visits: [Visit],
        appointments: [Appointment], scores: [LeadID: CandidateScore], options: CandidateOptions
    ) throws -> CandidateSelection {
        let windowStart = dayStart.addingTimeInterval(-Double(options.recentVisitDays) * 86_400)
        let visited = Set(visits.lazy.filter { $0.time >= windowStart && $0.time < dayStart }.map(\.lead))
        let booked = Set(appointments.lazy.filter { $0.end > dayStart }.compactMap(\.lead))
        let source: CandidateValueSource = !scores.isEmpty
            ? .scores : options.valueAttribute.map(CandidateValueSource.column) ?? .tierPrior
        var selection = CandidateSelection(candidates: [], details: [:], valueSource: source, excluded: Exclusions())
        for lead in leads.sorted(by: { $0.id < $1.id }) {
            if let owner = lead.owner, !reps.contains(owner) { selection.excluded.otherOwner += 1; continue }
            if !options.tiers.contains(lead.tier) { selection.excluded.tier += 1; continue }
            if visited.contains(lead.id) { selection.excluded.recentlyVisited += 1; continue }
            if booked.contains(lead.id) { selection.excluded.openAppointment += 1; continue }
            let windows = lead.openingHours.map { CandidateStop.windows(of: $0, weekday: day.weekday) } ?? []
            if lead.openingHours != nil, windows.isEmpty { selection.excluded.closed += 1; continue }
            let deal = options.dealValue ?? lead.expectedValue
            var detail = Detail(name: lead.name, tier: lead.tier, probability: nil, dealValue: deal, reasons: [])
            let value: Double
            switch source {
            case .scores:
                guard let score = scores[lead.id] else { selection.excluded.noValue += 1; continue }
                detail.probability = score.probability
                detail.reasons = score.reasons
                value = score.probability * deal
            case .column(let name):
                guard case .number(let number) = lead.attributes[name] else {
                    selection.excluded.noValue += 1
                    continue
                }
                detail.dealValue = nil
                value = number
            case .tierPrior:
                guard let prior = options.tierPriors[lead.tier] else { selection.excluded.noValue += 1; continue }
                detail.probability = prior
                value = prior * deal
            }
            selection.candidates.append(try CandidateStop(
                id: lead.id, location: lead.location, value: value,
                visitMinutes: options.visitMinutes[lead.tier] ?? 30, windows: windows))
            selection.details[lead.id] = detail
        }
        return selection
    }
}
