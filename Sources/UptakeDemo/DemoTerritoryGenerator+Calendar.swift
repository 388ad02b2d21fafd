import Foundation
import UptakeCore

extension DemoTerritoryGenerator {
    /// Share of weekdays a rep takes off (no appointments).
    static let dayOffShare = 0.03
    /// Share of past appointments with an agency that did not happen (no visit recorded).
    static let cancellationShare = 0.07
    /// Share of past working days with a walk-in visit to a bronze agency after the last appointment.
    static let walkInShare = 0.30
    /// Appointment lengths in minutes, with their weights.
    static let appointmentLengths: [(minutes: Int, weight: Double)] = [
        (30, 0.2), (45, 0.3), (60, 0.3), (75, 0.1), (90, 0.1),
    ]

    /// Drive minutes assumed when laying out a calendar: great-circle kilometres × 1.3 (road
    /// circuity) ÷ 50 km/h, plus 5 minutes to park, rounded up. Deliberately slower than the planner's
    /// default travel model so that every generated day is feasible for it.
    static func driveMinutes(from a: GeoPoint, to b: GeoPoint) -> Int {
        let kilometres = a.distanceKilometres(to: b)
        return kilometres < 0.05 ? 0 : Int((kilometres * 1.3 / 50 * 60).rounded(.up)) + 5
    }

    /// One entry of a day being laid out, in minutes since local midnight.
    private struct Slot {
        var start: Int
        var end: Int
        var lead: Int?
        var title: String
        var location: GeoPoint?
    }

    /// A laid-out day: its appointments, its lunch break and where the rep is after the last one.
    private struct DayPlan {
        var slots: [Slot] = []
        var lunchStart = 0
        var lunchEnd = 0
        var lastLocation: GeoPoint
        var used: Set<Int> = []
    }

    /// The leads a rep can meet on a day: owned, created before the day, by tier.
    private struct Book {
        var gold: [Int]
        var silver: [Int]
        var bronze: [Int]
        var goldCount = 0
        var silverCount = 0
        var bronzeCount = 0
    }

    /// Every rep's appointments (history and the planned days after today) and the visits that took
    /// place before today.
    ///
    /// A working day has 2–5 appointments on weekdays, laid out from 08:00 one after the other with
    /// drive time and some slack between them, none during a 45–60 minute lunch break starting between
    /// 11:45 and 12:30, each inside the agency's opening hours, and the last ending early enough to
    /// drive back to base by 17:00. About 40% are with gold, 40% with silver and 13% with bronze
    /// agencies the rep owns (near where the rep already is); the rest are internal calls with no place.
    func makeCalendar(reps: [Rep], leads: [Lead], clock: DemoClock) throws -> ([Appointment], [Visit]) {
        var appointments: [Appointment] = []
        var visits: [(rep: RepID, lead: LeadID, time: Date, note: String)] = []
        for (repIndex, rep) in reps.enumerated() {
            var random = randomStream(100 + UInt64(repIndex))
            let owned = leads.indices.filter { leads[$0].owner == rep.id }  // leads are in creation order
            var book = Book(
                gold: owned.filter { leads[$0].tier == .gold }, silver: owned.filter { leads[$0].tier == .silver },
                bronze: owned.filter { leads[$0].tier == .bronze })
            for day in clock.days where !day.isWeekend {
                while book.goldCount < book.gold.count, leads[book.gold[book.goldCount]].createdAt < day.midnight {
                    book.goldCount += 1
                }
                while book.silverCount < book.silver.count,
                    leads[book.silver[book.silverCount]].createdAt < day.midnight
                {
                    book.silverCount += 1
                }
                while book.bronzeCount < book.bronze.count,
                    leads[book.bronze[book.bronzeCount]].createdAt < day.midnight
                {
                    book.bronzeCount += 1
                }
                if random.nextUnit() < Self.dayOffShare { continue }

                var plan = planDay(day, rep: rep, leads: leads, book: book, random: &random)
                for _ in 0..<8 where plan.slots.count < 2 {
                    plan = planDay(day, rep: rep, leads: leads, book: book, random: &random)
                }
                for slot in plan.slots {
                    appointments.append(
                        try Appointment(
                            id: "", rep: rep.id, lead: slot.lead.map { leads[$0].id },
                            start: day.date(minutes: slot.start), end: day.date(minutes: slot.end),
                            location: slot.location, title: slot.title))
                }
                guard day.isHistory else { continue }
                for slot in plan.slots {
                    guard let lead = slot.lead else { continue }
                    if random.nextUnit() < Self.cancellationShare { continue }
                    visits.append((rep.id, leads[lead].id, day.date(minutes: slot.start), "Appointment: " + slot.title))
                }
                if random.nextUnit() < Self.walkInShare,
                    let walkIn = walkIn(after: plan, day: day, rep: rep, leads: leads, book: book, random: &random)
                {
                    let time = day.date(minutes: walkIn.minutes)
                    visits.append((rep.id, leads[walkIn.lead].id, time, "Walk-in, no appointment"))
                }
            }
        }
        let appointmentWidth = max(6, String(appointments.count).count)
        for index in appointments.indices {
            appointments[index].id = AppointmentID(Self.id("appt", index + 1, width: appointmentWidth))
        }
        let visitWidth = max(6, String(visits.count).count)
        let madeVisits = visits.enumerated().map { index, visit in
            Visit(
                id: VisitID(Self.id("visit", index + 1, width: visitWidth)), rep: visit.rep, lead: visit.lead,
                time: visit.time, note: visit.note)
        }
        return (appointments, madeVisits)
    }

    /// Lays out one day for a rep (see ``makeCalendar(reps:leads:clock:)``).
    private func planDay(
        _ day: DemoClock.Day, rep: Rep, leads: [Lead], book: Book, random: inout SeededGenerator
    ) -> DayPlan {
        var plan = DayPlan(lastLocation: rep.start)
        let target = random.nextInt(in: 2...5)
        plan.lunchStart = 11 * 60 + 45 + 15 * random.nextInt(below: 4)
        plan.lunchEnd = plan.lunchStart + (random.nextUnit() < 0.5 ? 45 : 60)
        let lengthWeights = Self.appointmentLengths.map(\.weight)
        var cursor = Self.shiftStartMinutes
        var attempts = 0
        while plan.slots.count < target, attempts < 3 * target {
            attempts += 1
            let kind = random.nextUnit()
            let pool: (leads: [Int], count: Int)? =
                kind < 0.40 ? (book.gold, book.goldCount)
                : kind < 0.80 ? (book.silver, book.silverCount)
                : kind < 0.93 ? (book.bronze, book.bronzeCount) : nil
            var lead: Int?
            if let pool, pool.count > 0 {
                lead = nearest(of: pool.leads, count: pool.count, to: plan.lastLocation, leads: leads, random: &random)
            }
            if let lead, plan.used.contains(lead) { continue }
            let length =
                lead == nil
                ? 30 + 15 * random.nextInt(below: 2)
                : Self.appointmentLengths[random.nextIndex(weights: lengthWeights)].minutes
            let location = lead.map { leads[$0].location }
            let drive = location.map { Self.driveMinutes(from: plan.lastLocation, to: $0) } ?? 0
            let slack = plan.slots.isEmpty ? 15 * random.nextInt(below: 9) : 15 * random.nextInt(below: 5)
            var start = Self.roundUpToQuarter(cursor + drive + slack)
            if start < plan.lunchEnd, start + length > plan.lunchStart {
                start = Self.roundUpToQuarter(max(start, plan.lunchEnd))
            }
            let end = start + length
            let driveHome = Self.driveMinutes(from: location ?? plan.lastLocation, to: rep.end)
            guard end + driveHome <= Self.shiftEndMinutes else { continue }
            if let lead, !Self.isOpen(leads[lead], weekday: day.isoWeekday, from: start, to: end) { continue }
            let title =
                lead.map { DemoNames.appointmentTitles[random.nextInt(below: DemoNames.appointmentTitles.count)]
                    + " — " + leads[$0].name }
                ?? DemoNames.internalMeetingTitles[random.nextInt(below: DemoNames.internalMeetingTitles.count)]
            plan.slots.append(Slot(start: start, end: end, lead: lead, title: title, location: location))
            cursor = end
            if let location { plan.lastLocation = location }
            if let lead { plan.used.insert(lead) }
        }
        return plan
    }

    /// A 30-minute walk-in at a nearby bronze agency after the day's last appointment, if it fits.
    private func walkIn(
        after plan: DayPlan, day: DemoClock.Day, rep: Rep, leads: [Lead], book: Book, random: inout SeededGenerator
    ) -> (lead: Int, minutes: Int)? {
        guard book.bronzeCount > 0 else { return nil }
        let here = plan.lastLocation
        let lead = nearest(of: book.bronze, count: book.bronzeCount, to: here, leads: leads, random: &random)
        guard !plan.used.contains(lead) else { return nil }
        let lastEnd = plan.slots.last?.end ?? Self.shiftStartMinutes
        var start = Self.roundUpToQuarter(lastEnd + Self.driveMinutes(from: here, to: leads[lead].location))
        if start < plan.lunchEnd, start + 30 > plan.lunchStart { start = Self.roundUpToQuarter(plan.lunchEnd) }
        guard start + 30 + Self.driveMinutes(from: leads[lead].location, to: rep.end) <= Self.shiftEndMinutes,
            Self.isOpen(leads[lead], weekday: day.isoWeekday, from: start, to: start + 30)
        else { return nil }
        return (lead, start)
    }

    /// The closest (by drive time from `point`) of four leads drawn from the first `count` of `pool`:
    /// reps cluster a day's meetings without always seeing the same agencies.
    private func nearest(
        of pool: [Int], count: Int, to point: GeoPoint, leads: [Lead], random: inout SeededGenerator
    ) -> Int {
        var best = pool[random.nextInt(below: count)]
        var bestMinutes = Self.driveMinutes(from: point, to: leads[best].location)
        for _ in 0..<3 {
            let candidate = pool[random.nextInt(below: count)]
            let minutes = Self.driveMinutes(from: point, to: leads[candidate].location)
            if minutes < bestMinutes {
                best = candidate
                bestMinutes = minutes
            }
        }
        return best
    }

    /// Whether a lead receives visits throughout `from..<to` (minutes since midnight) on an ISO weekday;
    /// leads without opening hours always do.
    static func isOpen(_ lead: Lead, weekday: Int, from start: Int, to end: Int) -> Bool {
        guard let hours = lead.openingHours else { return true }
        return hours.intervals(onWeekday: weekday).contains { $0.open.minutes <= start && end <= $0.close.minutes }
    }

    /// `minutes` rounded up to the next quarter hour.
    static func roundUpToQuarter(_ minutes: Int) -> Int {
        (minutes + 14) / 15 * 15
    }
}
