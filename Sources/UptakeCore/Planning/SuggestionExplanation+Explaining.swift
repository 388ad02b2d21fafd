extension SuggestionExplanation {
    /// Explains every suggested stop of a plan, by its index in `plan.stops`.
    ///
    /// - `addedMinutes` is the driving the stop alone adds between the fixed places around it
    ///   (`PlannedStop.Detour.soloMinutes`).
    /// - `slackMinutes` is how much later than planned the rep could leave the suggestion and still keep every
    ///   time limit up to the next appointment (or the end of the shift): the least, over the following stops,
    ///   of their latest start minus their planned start plus the waiting before them (Savelsbergh's forward
    ///   time slack, "The vehicle routing problem with time windows: minimizing route duration", ORSA J. on
    ///   Computing 4, 1992).
    ///
    /// - Parameters:
    ///   - plan: The planned day.
    ///   - day: The frame it was planned in (shift, lunch, appointments).
    ///   - selection: The candidates and their details.
    ///   - fixedNames: What to call each appointment (by `FixedStop.id`), e.g. its title or its lead's name.
    /// - Returns: One explanation per suggested stop, keyed by index in `plan.stops`.
    public static func explain(
        plan: DayPlan, day: RepDay, selection: CandidateSelection, fixedNames: [String: String]
    ) -> [Int: SuggestionExplanation] {
        let candidates = Dictionary(uniqueKeysWithValues: selection.candidates.map { ($0.id, $0) })
        var result: [Int: SuggestionExplanation] = [:]
        for (index, stop) in plan.stops.enumerated() {
            guard case .suggestion(let lead) = stop.kind, let candidate = candidates[lead] else { continue }
            let detail = selection.details[lead]
            let detour = stop.detour ?? PlannedStop.Detour(after: "start", before: "end", soloMinutes: 0, extraMinutes: 0)
            let after = neighbour(detour.after, plan: plan, names: fixedNames)
            let before = neighbour(detour.before, plan: plan, names: fixedNames)
            let slack = forwardSlack(after: index, plan: plan, day: day, candidates: candidates)
            let probability = detail?.probability
            var explanation = SuggestionExplanation(
                text: "", lead: lead, leadName: detail?.name ?? lead.rawValue, arrivalMinutes: stop.arrival,
                after: after, before: before, addedMinutes: detour.soloMinutes, slackMinutes: slack,
                probability: selection.valueSource == .scores ? probability : nil, expectedValue: candidate.value,
                valueSource: selection.valueSource, reasons: Array((detail?.reasons ?? []).prefix(3)))
            explanation.text = sentence(explanation, prior: selection.valueSource == .tierPrior ? probability : nil)
            result[index] = explanation
        }
        return result
    }

    /// "adds 9 min between Acme 10:00 and Birch 11:30; 24% chance to convert, about $1,240 expected; why: ...;
    /// 35 min slack left".
    static func sentence(_ explanation: SuggestionExplanation, prior: Double?) -> String {
        let added = explanation.addedMinutes < 0.5 ? "adds under 1 min" : "adds \(Int(explanation.addedMinutes.rounded())) min"
        var parts = [
            "\(added) between \(explanation.after.name) \(clock(explanation.after.minutes)) and "
                + "\(explanation.before.name) \(clock(explanation.before.minutes))",
        ]
        let money = dollars(explanation.expectedValue)
        switch explanation.valueSource {
        case .scores:
            parts.append("\(percent(explanation.probability ?? 0)) chance to convert, about \(money) expected")
        case .tierPrior:
            parts.append("\(percent(prior ?? 0)) chance to convert (tier prior, no score yet), about \(money) expected")
        case .column(let name):
            parts.append("worth about \(money) (\(name))")
        }
        if !explanation.reasons.isEmpty { parts.append("why: " + explanation.reasons.joined(separator: ", ")) }
        parts.append("\(Int(explanation.slackMinutes.rounded(.down))) min slack left")
        return parts.joined(separator: "; ")
    }

    /// The fixed stop with a plan id ("start", "end" or an appointment id), at its planned time.
    private static func neighbour(_ id: String, plan: DayPlan, names: [String: String]) -> Neighbour {
        for stop in plan.stops {
            switch stop.kind {
            case .start where id == "start": return Neighbour(id: id, name: "day start", minutes: stop.end)
            case .end where id == "end": return Neighbour(id: id, name: "day end", minutes: stop.arrival)
            case .appointment(let appointment) where appointment == id:
                return Neighbour(id: id, name: names[id] ?? id, minutes: stop.start)
            default: continue
            }
        }
        return Neighbour(id: id, name: names[id] ?? id, minutes: 0)
    }

    /// Forward time slack after stop `index`: see ``explain(plan:day:selection:fixedNames:)``.
    ///
    /// - Parameters:
    ///   - index: The stop, by index in `plan.stops`.
    ///   - plan: The planned day.
    ///   - day: Its frame (shift end, lunch).
    ///   - candidates: The candidates by lead (their windows).
    /// - Returns: Minutes, at least 0.
    public static func forwardSlack(
        after index: Int, plan: DayPlan, day: RepDay, candidates: [LeadID: CandidateStop]
    ) -> Double {
        var slack = Double.infinity
        var waited = 0.0
        for stop in plan.stops[(index + 1)...] {
            waited += max(0, stop.start - stop.arrival)
            let latest: Double
            var last = false
            switch stop.kind {
            case .start: continue
            case .end:
                latest = Double(day.shiftEnd.minutes)
                last = true
            case .appointment:
                latest = stop.start
                last = true
            case .lunch:
                latest = day.lunch.map { Double($0.latest.minutes - $0.minutes) } ?? stop.start
            case .suggestion(let lead):
                let length = stop.end - stop.start
                let window = candidates[lead]?.windows.first {
                    Double($0.lowerBound.minutes) <= stop.start + 1e-9 && stop.end <= Double($0.upperBound.minutes) + 1e-9
                }
                latest = window.map { Double($0.upperBound.minutes) - length } ?? Double(day.shiftEnd.minutes) - length
            }
            // A delay δ moves this stop's start by max(0, δ − the waits up to and including it).
            slack = min(slack, latest - stop.start + waited)
            if last { break }
        }
        return slack.isFinite ? max(0, slack) : 0
    }

    /// `10:05` from minutes after midnight (rounded to the minute).
    ///
    /// - Parameter minutes: Minutes after midnight.
    /// - Returns: `HH:MM`.
    public static func clock(_ minutes: Double) -> String {
        let whole = Int(minutes.rounded())
        let hours = whole / 60, rest = whole % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// `24%` (`<1%` below one half percent).
    ///
    /// - Parameter probability: 0...1.
    /// - Returns: The whole percentage.
    public static func percent(_ probability: Double) -> String {
        let value = (probability * 100).rounded()
        return value < 1 ? "<1%" : "\(Int(value))%"
    }

    /// `$1,240`: whole dollars with thousands separators (no locale: the same text everywhere).
    ///
    /// - Parameter amount: Dollars.
    /// - Returns: The amount in words a rep reads.
    public static func dollars(_ amount: Double) -> String {
        let whole = Int(amount.rounded())
        var digits = String(abs(whole))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (whole < 0 ? "-$" : "$") + groups.joined(separator: ",")
    }
}
