import Foundation
import UptakeCore

/// Re-simulates plans from scratch, without any of the solver's bookkeeping: arrival, waiting, window,
/// service, return, fixed stops at their times, limits. Used by the planner tests only.
enum IndependentPlanChecker {
    struct Violation: Error, CustomStringConvertible {
        var description: String
    }

    /// Checks an OPTW solution against the instance's rules and returns its score.
    static func optwScore(_ instance: OPTWInstance, routes: [[Int]]) throws -> Double {
        let byID = Dictionary(uniqueKeysWithValues: instance.nodes.map { ($0.id, $0) })
        let depot = instance.nodes[0]
        func leg(_ a: OPTWInstance.Node, _ b: OPTWInstance.Node) -> Double {
            let d = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
            return (d * 10).rounded(.down) / 10
        }
        var seen = Set<Int>()
        var score = 0.0
        for route in routes {
            var time = depot.open
            var here = depot
            for id in route {
                guard id != depot.id, let node = byID[id], seen.insert(id).inserted else {
                    throw Violation(description: "customer \(id) unknown or visited twice")
                }
                time = max(time + leg(here, node), node.open)
                guard time <= node.close + 1e-6 else {
                    throw Violation(description: "customer \(id) starts at \(time), after its close \(node.close)")
                }
                time += node.service
                here = node
                score += node.score
            }
            time += leg(here, depot)
            guard time <= depot.close + 1e-6 else {
                throw Violation(description: "route is back at \(time), after \(depot.close)")
            }
        }
        return score
    }

    /// Checks a rep's plan (its order of stops, and that appointments are shown at their times) and returns
    /// the value of its suggestions.
    static func dayValue<Travel: TravelTimeModel>(
        _ plan: DayPlan, day: RepDay, candidates: [CandidateStop], travel: Travel
    ) throws -> Double {
        for stop in plan.stops {
            if case .appointment(let id) = stop.kind, let appointment = day.appointments.first(where: { $0.id == id }) {
                guard abs(stop.start - Double(appointment.start.minutes)) < 1e-6 else {
                    throw Violation(description: "appointment \(id) moved to \(stop.start)")
                }
            }
        }
        return try dayValue(kinds: plan.stops.map(\.kind), day: day, candidates: candidates, travel: travel)
    }

    /// Re-simulates a sequence of stops from the start of the shift and returns the value of its suggestions.
    static func dayValue<Travel: TravelTimeModel>(
        kinds: [PlannedStop.Kind], day: RepDay, candidates: [CandidateStop], travel: Travel
    ) throws -> Double {
        let byID = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, $0) })
        let appointments = Dictionary(uniqueKeysWithValues: day.appointments.map { ($0.id, $0) })
        guard case .start = kinds.first, case .end = kinds.last else {
            throw Violation(description: "a plan must start at the start and end at the end")
        }
        var time = Double(day.shiftStart.minutes)
        var here = day.start
        var value = 0.0
        var seenAppointments = Set<String>(), seenLeads = Set<LeadID>()
        var lunches = 0
        // Detour rules (PlanLimits): each suggestion alone adds at most D between the fixed places around
        // it; all suggestions together add at most K × D to the day's travel.
        var runStart = day.start, runTravel = 0.0, runStops: [GeoPoint] = [], totalExtra = 0.0
        func closeRun(at place: GeoPoint) throws {
            let direct = travel.minutes(from: runStart, to: place)
            for stop in runStops {
                let solo = travel.minutes(from: runStart, to: stop) + travel.minutes(from: stop, to: place) - direct
                if solo > day.limits.maxExtraMinutesPerStop + 1e-6 {
                    throw Violation(description: "a suggestion alone adds \(solo) minutes")
                }
            }
            totalExtra += runTravel - direct
            runStart = place
            runTravel = 0
            runStops = []
        }
        for kind in kinds.dropFirst() {
            let place: GeoPoint?
            switch kind {
            case .start: throw Violation(description: "start in the middle of the day")
            case .end: place = day.end
            case .lunch: place = nil
            case .appointment(let id): place = appointments[id]?.location
            case .suggestion(let id): place = byID[id]?.location
            }
            let leg = place.map { travel.minutes(from: here, to: $0) } ?? 0
            let arrival = time + leg
            runTravel += leg
            switch kind {
            case .start: break
            case .end:
                guard arrival <= Double(day.shiftEnd.minutes) + 1e-6 else {
                    throw Violation(description: "back at \(arrival), after the shift ends")
                }
                try closeRun(at: day.end)
            case .lunch:
                guard let lunch = day.lunch else { throw Violation(description: "lunch not asked for") }
                lunches += 1
                let begin = max(arrival, Double(lunch.earliest.minutes))
                time = begin + Double(lunch.minutes)
                guard time <= Double(lunch.latest.minutes) + 1e-6 else {
                    throw Violation(description: "lunch ends at \(time), after \(lunch.latest)")
                }
            case .appointment(let id):
                guard let appointment = appointments[id], seenAppointments.insert(id).inserted else {
                    throw Violation(description: "appointment \(id) unknown or repeated")
                }
                guard arrival <= Double(appointment.start.minutes) + 1e-6 else {
                    throw Violation(description: "appointment \(id) reached at \(arrival), after it starts")
                }
                time = Double(appointment.end.minutes)
                if let location = appointment.location { try closeRun(at: location) }
            case .suggestion(let id):
                guard let candidate = byID[id], seenLeads.insert(id).inserted else {
                    throw Violation(description: "lead \(id) unknown or repeated")
                }
                let windows = candidate.windows.isEmpty
                    ? [0.0...1_440.0]
                    : candidate.windows.map { Double($0.lowerBound.minutes)...Double($0.upperBound.minutes) }
                guard let window = windows.sorted(by: { $0.lowerBound < $1.lowerBound })
                    .first(where: { max(arrival, $0.lowerBound) + candidate.visitMinutes <= $0.upperBound + 1e-6 })
                else {
                    throw Violation(description: "lead \(id) reached at \(arrival) fits no opening window")
                }
                time = max(arrival, window.lowerBound) + candidate.visitMinutes
                value += candidate.value
                runStops.append(candidate.location)
            }
            if let place { here = place }
        }
        let budget = Double(day.limits.maxAddedStops) * day.limits.maxExtraMinutesPerStop
        guard totalExtra <= budget + 1e-6 else {
            throw Violation(description: "suggestions add \(totalExtra) minutes, more than \(budget)")
        }
        guard seenAppointments.count == day.appointments.count else {
            throw Violation(description: "appointments dropped")
        }
        guard lunches == (day.lunch == nil ? 0 : 1) else { throw Violation(description: "lunch count \(lunches)") }
        guard seenLeads.count <= day.limits.maxAddedStops else {
            throw Violation(description: "\(seenLeads.count) suggestions, more than \(day.limits.maxAddedStops)")
        }
        return value
    }
}
