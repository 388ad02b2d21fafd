import Foundation
import Testing
import UptakeCore
import UptakeDemo

@Suite("Demo territory generator")
struct DemoTerritoryGeneratorTests {
    @Test("the same seed and configuration give an identical territory")
    func deterministic() throws {
        let configuration = DemoTerritoryConfiguration(seed: 42, reps: 4, teams: 2, agencies: 600)
        let first = try DemoTerritoryGenerator(configuration).generate()
        let second = try DemoTerritoryGenerator(configuration).generate()
        #expect(first == second)
        #expect(try sharedTerritory.get() == DemoTerritoryGenerator().generate())
    }

    @Test("a different seed gives a different territory")
    func seedMatters() throws {
        let one = try sharedTerritory.get()
        let two = try DemoTerritoryGenerator(DemoTerritoryConfiguration(seed: 2)).generate()
        #expect(one != two)
        #expect(one.leads.map(\.location) != two.leads.map(\.location))
        #expect(one.leads.map(\.name) != two.leads.map(\.name))
        #expect(one.conversions.map(\.lead) != two.conversions.map(\.lead))
    }

    @Test("the default territory has 8 reps, 3,000 agencies, and a calendar, visits and conversions")
    func counts() throws {
        let territory = try sharedTerritory.get()
        #expect(territory.reps.count == 8)
        #expect(territory.leads.count == 3_000)
        // About 3.3 appointments on each of ~500 working days per rep.
        #expect((10_000...16_000).contains(territory.appointments.count))
        #expect(territory.visits.count > territory.appointments.count / 2)
        #expect((250...450).contains(territory.conversions.count))
    }

    @Test("other sizes are honoured", arguments: [(1, 1, 0), (5, 3, 400), (23, 4, 1_000)])
    func sizes(reps: Int, teams: Int, agencies: Int) throws {
        let territory = try DemoTerritoryGenerator(
            DemoTerritoryConfiguration(seed: 9, reps: reps, teams: teams, agencies: agencies)
        ).generate()
        #expect(territory.reps.count == reps)
        #expect(Set(territory.reps.map(\.team)).count == teams)
        #expect(territory.leads.count == agencies)
        #expect(Set(territory.reps.map(\.id)).count == reps)
        #expect(Set(territory.reps.map(\.email)).count == reps)
    }

    @Test("reps: based in large Ohio towns, two teams of four split north/south, 08:00-17:00 New York")
    func reps() throws {
        let territory = try sharedTerritory.get()
        let places = try OhioPlace.bundled()
        let bigTowns = places.filter { $0.population >= 20_000 }
        for rep in territory.reps {
            #expect(rep.id.rawValue.hasPrefix("demo-rep-"))
            #expect(rep.email.hasSuffix("@demo.uptake.example"))
            #expect(rep.start == rep.end)
            #expect(bigTowns.contains { $0.location == rep.start })
            #expect(rep.shiftStart.description == "08:00")
            #expect(rep.shiftEnd.description == "17:00")
            #expect(rep.timeZone == "America/New_York")
        }
        let teams = Dictionary(grouping: territory.reps, by: \.team)
        #expect(teams.keys.sorted() == ["Demo North", "Demo South"])
        #expect(teams.values.allSatisfy { $0.count == 4 })
        let north = try #require(teams["Demo North"]).map(\.start.latitude)
        let south = try #require(teams["Demo South"]).map(\.start.latitude)
        #expect(try #require(north.min()) > #require(south.max()))
        // Bases spread across the state: no two within 40 km.
        for (i, a) in territory.reps.enumerated() {
            for b in territory.reps[(i + 1)...] { #expect(a.start.distanceKilometres(to: b.start) > 40) }
        }
    }

    @Test("the history runs two years up to today and the calendar two weeks beyond")
    func timeSpan() throws {
        let territory = try sharedTerritory.get()
        let calendar = try newYorkCalendar()
        #expect(territory.asOf == calendar.startOfDay(for: DemoTerritoryConfiguration.defaultToday))
        #expect(calendar.dateComponents([.year], from: territory.historyStart, to: territory.asOf).year == 2)
        #expect(calendar.dateComponents([.day], from: territory.asOf, to: territory.calendarEnd).day == 15)
        let starts = territory.appointments.map(\.start)
        #expect(try #require(starts.min()) < territory.historyStart.addingTimeInterval(7 * 86_400))
        #expect(try #require(starts.max()) > territory.calendarEnd.addingTimeInterval(-4 * 86_400))
        #expect(starts.allSatisfy { $0 >= territory.historyStart && $0 < territory.calendarEnd })
        // Tomorrow can be planned: every rep has appointments after today.
        let tomorrow = territory.asOf.addingTimeInterval(86_400)
        for rep in territory.reps {
            #expect(territory.appointments.contains { $0.rep == rep.id && $0.start >= tomorrow })
        }
    }

    @Test("another today moves the whole history; days stay in New York time across daylight saving")
    func otherToday() throws {
        // Wednesday 12 March 2025, 23:30 in New York (03:30 UTC on the 13th): the local day is the 12th.
        let today = Date(timeIntervalSince1970: 1_741_836_600)
        let territory = try DemoTerritoryGenerator(
            DemoTerritoryConfiguration(seed: 5, reps: 3, teams: 1, agencies: 300, today: today)
        ).generate()
        let calendar = try newYorkCalendar()
        let parts = calendar.dateComponents([.year, .month, .day, .hour], from: territory.asOf)
        #expect([parts.year, parts.month, parts.day, parts.hour] == [2025, 3, 12, 0])
        #expect(territory.leads.allSatisfy { $0.createdAt < territory.asOf })
        #expect(territory.visits.allSatisfy { $0.time < territory.asOf })
        #expect(territory.appointments.allSatisfy {
            (8 * 60...17 * 60).contains(localMinutes($0.start, calendar))
                && localMinutes($0.end, calendar) <= 17 * 60
        })
        // Monday 10 March 2025 is the first working day of summer time (clocks changed on Sunday the 9th).
        let monday = today.addingTimeInterval(-2 * 86_400)
        let mondayMeetings = territory.appointments.filter { calendar.isDate($0.start, inSameDayAs: monday) }
        #expect(!mondayMeetings.isEmpty)
        #expect(mondayMeetings.allSatisfy { localMinutes($0.start, calendar) >= 8 * 60 })
    }
}
