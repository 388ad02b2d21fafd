import Foundation
import Testing
import UptakeCore
import UptakeDemo

@Suite("Demo calendars and visits")
struct DemoTerritoryGeneratorCalendarTests {
    /// One rep's appointments on one local day.
    struct RepDay: Hashable {
        var rep: RepID
        var day: Date
    }

    func repDays(_ territory: DemoTerritory, _ calendar: Calendar) -> [RepDay: [Appointment]] {
        Dictionary(grouping: territory.appointments) { RepDay(rep: $0.rep, day: calendar.startOfDay(for: $0.start)) }
    }

    @Test("appointments fall on weekdays within the 08:00-17:00 shift, 30-90 minutes long, 2-5 a day")
    func withinShift() throws {
        let territory = try sharedTerritory.get()
        let calendar = try newYorkCalendar()
        for appointment in territory.appointments {
            #expect(appointment.id.rawValue.hasPrefix("demo-appt-"))
            let weekday = calendar.component(.weekday, from: appointment.start)
            #expect(weekday != 1 && weekday != 7, "\(appointment.id) is on a weekend")
            #expect(calendar.isDate(appointment.start, inSameDayAs: appointment.end))
            #expect(localMinutes(appointment.start, calendar) >= 8 * 60)
            #expect(localMinutes(appointment.end, calendar) <= 17 * 60)
            let minutes = appointment.end.timeIntervalSince(appointment.start) / 60
            #expect((30...90).contains(minutes))
        }
        for (key, appointments) in repDays(territory, calendar) {
            #expect((2...5).contains(appointments.count), "\(key.rep) has \(appointments.count) on \(key.day)")
        }
    }

    @Test("a rep's appointments never overlap and leave a lunch break of 45 minutes or more")
    func noOverlapAndLunch() throws {
        let territory = try sharedTerritory.get()
        let calendar = try newYorkCalendar()
        for (key, appointments) in repDays(territory, calendar) {
            let sorted = appointments.sorted { $0.start < $1.start }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                #expect(earlier.end <= later.start, "\(earlier.id) overlaps \(later.id)")
            }
            // The longest free stretch between 11:30 and 13:30.
            var free = 0
            var cursor = 11 * 60 + 30
            for appointment in sorted {
                let start = localMinutes(appointment.start, calendar)
                let end = localMinutes(appointment.end, calendar)
                free = max(free, min(start, 13 * 60 + 30) - cursor)
                cursor = max(cursor, end)
            }
            free = max(free, 13 * 60 + 30 - cursor)
            #expect(free >= 45, "\(key.rep) has no lunch break on \(key.day)")
        }
    }

    @Test("each day is drivable: gaps allow the trip at 80 km/h as the crow flies, from and back to base")
    func drivable() throws {
        let territory = try sharedTerritory.get()
        let calendar = try newYorkCalendar()
        let reps = Dictionary(uniqueKeysWithValues: territory.reps.map { ($0.id, $0) })
        func minutes(_ a: GeoPoint, _ b: GeoPoint) -> Double { a.distanceKilometres(to: b) / 80 * 60 }
        for (key, appointments) in repDays(territory, calendar) {
            let rep = try #require(reps[key.rep])
            let stops = appointments.sorted { $0.start < $1.start }.filter { $0.location != nil }
            var place = rep.start
            var free = 8 * 60.0
            for stop in stops {
                let location = try #require(stop.location)
                #expect(Double(localMinutes(stop.start, calendar)) >= free + minutes(place, location))
                place = location
                free = Double(localMinutes(stop.end, calendar))
            }
            #expect(free + minutes(place, rep.end) <= 17 * 60)
        }
    }

    @Test("meetings are mostly with gold and silver agencies the rep owns, created before, within opening hours")
    func withWhom() throws {
        let territory = try sharedTerritory.get()
        let calendar = try newYorkCalendar()
        let leads = Dictionary(uniqueKeysWithValues: territory.leads.map { ($0.id, $0) })
        var goldOrSilver = 0
        var withLead = 0
        for appointment in territory.appointments {
            guard let leadID = appointment.lead else {
                #expect(appointment.location == nil)
                continue
            }
            let lead = try #require(leads[leadID])
            withLead += 1
            if lead.tier != .bronze { goldOrSilver += 1 }
            #expect(lead.owner == appointment.rep)
            #expect(lead.createdAt < calendar.startOfDay(for: appointment.start))
            #expect(appointment.location == lead.location)
            if let hours = lead.openingHours {
                let weekday = (calendar.component(.weekday, from: appointment.start) + 5) % 7 + 1
                let start = localMinutes(appointment.start, calendar)
                let end = localMinutes(appointment.end, calendar)
                let open = hours.intervals(onWeekday: weekday).contains {
                    $0.open.minutes <= start && end <= $0.close.minutes
                }
                #expect(open, "\(appointment.id) is outside \(lead.id)'s opening hours")
            }
        }
        #expect(Double(withLead) / Double(territory.appointments.count) > 0.8)
        #expect(Double(goldOrSilver) / Double(withLead) > 0.8)
    }

    @Test("visits happened before today, at the rep's own agencies, in the shift; some are walk-ins")
    func visits() throws {
        let territory = try sharedTerritory.get()
        let calendar = try newYorkCalendar()
        let leads = Dictionary(uniqueKeysWithValues: territory.leads.map { ($0.id, $0) })
        let pastMeetings = territory.appointments.filter { $0.lead != nil && $0.end <= territory.asOf }
        let scheduled = Set(pastMeetings.map { "\($0.rep) \($0.lead!) \($0.start)" })
        var walkIns = 0
        for visit in territory.visits {
            #expect(visit.id.rawValue.hasPrefix("demo-visit-"))
            #expect(visit.time < territory.asOf)
            let lead = try #require(leads[visit.lead])
            #expect(lead.owner == visit.rep)
            #expect(lead.createdAt < visit.time)
            #expect((8 * 60..<17 * 60).contains(localMinutes(visit.time, calendar)))
            if !scheduled.contains("\(visit.rep) \(visit.lead) \(visit.time)") {
                walkIns += 1
                #expect(lead.tier == .bronze)
            }
        }
        let fromMeetings = territory.visits.count - walkIns
        // About 93% of past meetings took place; walk-ins on about 30% of working days.
        #expect(abs(Double(fromMeetings) / Double(pastMeetings.count) - 0.93) < 0.02)
        #expect(walkIns > 300)
    }
}
