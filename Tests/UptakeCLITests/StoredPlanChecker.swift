import Foundation
import UptakeCore
import UptakeStore

/// Checks a stored plan against the database it was made from, with none of the planner's code: its own
/// great-circle times (haversine × 1.3 ÷ 50 km/h + 5 min, the `uptake plan` defaults), the appointments'
/// local times read from the store, the leads' opening hours, the shift, lunch and the limits.
struct StoredPlanChecker {
    struct Violation: Error, CustomStringConvertible {
        var description: String
    }

    var maxStops = 3
    var maxExtraMinutes = 20.0
    var visitMinutes = 20.0
    var lunch: (earliest: Double, latest: Double, minutes: Double)? = (690, 840, 30)

    /// Haversine distance (R = 6,371.0088 km, the IUGG mean radius) × circuity ÷ speed + overhead.
    static func minutes(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        if a == b { return 0 }
        let rad = Double.pi / 180
        let h = pow(sin((b.latitude - a.latitude) * rad / 2), 2)
            + cos(a.latitude * rad) * cos(b.latitude * rad) * pow(sin((b.longitude - a.longitude) * rad / 2), 2)
        let km = 2 * 6_371.0088 * asin(min(1, h.squareRoot()))
        return km * 1.3 / 50 * 60 + 5
    }

    /// Minutes after local midnight of `date` in `zone`.
    static func localMinutes(_ date: Date, _ zone: TimeZone) -> Double {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return Double(parts.hour! * 60 + parts.minute!) + Double(parts.second!) / 60
    }

    /// Throws the first rule the plan breaks.
    func check(_ stored: StoredPlan, repository: any UptakeRepository) async throws {
        guard let rep = try await repository.rep(stored.rep), let zone = TimeZone(identifier: rep.timeZone) else {
            throw Violation(description: "unknown rep \(stored.rep)")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let midnight = calendar.date(from: DateComponents(
            year: stored.day.year, month: stored.day.month, day: stored.day.day))!
        let appointments = try await repository.appointments(
            rep: rep.id, from: midnight, to: calendar.date(byAdding: .day, value: 1, to: midnight)!)
        var byID: [String: Appointment] = [:]
        for appointment in appointments { byID[appointment.id.rawValue] = appointment }
        let stops = stored.plan.stops
        guard case .start = stops.first?.kind, case .end = stops.last?.kind else {
            throw Violation(description: "\(rep.id): the plan does not run from start to end")
        }
        var time = Double(rep.shiftStart.minutes)
        var here = rep.start
        var seenAppointments = Set<String>(), suggestions = 0, lunches = 0
        var lastFixed = rep.start
        var pending: [GeoPoint] = []
        for stop in stops.dropFirst() {
            var place: GeoPoint?
            var fixedPlace = false
            switch stop.kind {
            case .start: throw Violation(description: "\(rep.id): a second start")
            case .end: place = rep.end; fixedPlace = true
            case .lunch: place = nil
            case .appointment(let id):
                guard let appointment = byID[id], seenAppointments.insert(id).inserted else {
                    throw Violation(description: "\(rep.id): appointment \(id) is not this day's or is repeated")
                }
                var location = appointment.location
                if location == nil, let lead = appointment.lead { location = try await repository.lead(lead)?.location }
                place = location
                fixedPlace = location != nil
            case .suggestion(let lead):
                guard let stored = try await repository.lead(lead) else {
                    throw Violation(description: "\(rep.id): unknown lead \(lead)")
                }
                guard stored.owner == nil || stored.owner == rep.id else {
                    throw Violation(description: "\(rep.id): lead \(lead) belongs to \(stored.owner!)")
                }
                place = stored.location
                suggestions += 1
            }
            let arrival = time + (place.map { Self.minutes(here, $0) } ?? 0)
            guard arrival <= stop.start + 1e-6 else {
                throw Violation(description: "\(rep.id): \(stop.kind) planned at \(stop.start) but reached at \(arrival)")
            }
            switch stop.kind {
            case .end:
                guard arrival <= Double(rep.shiftEnd.minutes) + 1e-6 else {
                    throw Violation(description: "\(rep.id): back at \(arrival), after the shift")
                }
            case .lunch:
                guard let lunch else { throw Violation(description: "\(rep.id): an unexpected lunch") }
                lunches += 1
                guard stop.start >= lunch.earliest - 1e-6, stop.start + lunch.minutes <= lunch.latest + 1e-6 else {
                    throw Violation(description: "\(rep.id): lunch at \(stop.start) is outside its window")
                }
                time = stop.start + lunch.minutes
            case .appointment(let id):
                let appointment = byID[id]!
                let start = Self.localMinutes(appointment.start, zone), end = Self.localMinutes(appointment.end, zone)
                guard abs(stop.start - start) < 1e-6 else {
                    throw Violation(description: "\(rep.id): appointment \(id) moved from \(start) to \(stop.start)")
                }
                time = max(start, end)
            case .suggestion(let lead):
                let stored = try await repository.lead(lead)!
                let weekday = stored.openingHours?.intervals(onWeekday: stored.day(of: midnight, zone))
                if let weekday {
                    guard weekday.contains(where: {
                        Double($0.open.minutes) <= stop.start + 1e-6
                            && stop.start + visitMinutes <= Double($0.close.minutes) + 1e-6
                    }) else {
                        throw Violation(description: "\(rep.id): lead \(lead) visited at \(stop.start) while closed")
                    }
                }
                time = stop.start + visitMinutes
            case .start: break
            }
            if let place { here = place }
            if case .suggestion = stop.kind, let place { pending.append(place) }
            if fixedPlace, let place {
                for stopPlace in pending {
                    let solo = Self.minutes(lastFixed, stopPlace) + Self.minutes(stopPlace, place)
                        - Self.minutes(lastFixed, place)
                    guard solo <= maxExtraMinutes + 1e-6 else {
                        throw Violation(description: "\(rep.id): a suggestion adds \(solo) minutes")
                    }
                }
                pending = []
                lastFixed = place
            }
        }
        guard seenAppointments.count == appointments.count else {
            throw Violation(description: "\(rep.id): \(appointments.count - seenAppointments.count) appointments dropped")
        }
        guard suggestions <= maxStops else { throw Violation(description: "\(rep.id): \(suggestions) suggestions") }
        guard lunches <= 1 else { throw Violation(description: "\(rep.id): \(lunches) lunches") }
    }
}

private extension Lead {
    /// ISO weekday (1 = Monday) of the day starting at `midnight` in `zone`.
    func day(of midnight: Date, _ zone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let sundayFirst = calendar.component(.weekday, from: midnight)
        return sundayFirst == 1 ? 7 : sundayFirst - 1
    }
}
