import Foundation
import Testing
import UptakeCore

@Suite("CalendarDay: parsing, arithmetic, weekdays, instants")
struct CalendarDayTests {
    @Test func parsesAndPrintsTheSameText() throws {
        #expect(try CalendarDay(parsing: "2026-11-23").description == "2026-11-23")
        #expect(try CalendarDay(parsing: "0999-01-05").description == "0999-01-05")
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2026-1-01", "26-11-23", "2026/11/23", "", "2026-11-23x"])
    func refusesWhatIsNotADay(_ text: String) {
        #expect(throws: DomainError.self) { try CalendarDay(parsing: text) }
    }

    @Test func leapYearsFollowTheGregorianRule() throws {
        #expect(throws: Never.self) { try CalendarDay(parsing: "2024-02-29") }
        #expect(throws: Never.self) { try CalendarDay(parsing: "2000-02-29") }
        #expect(throws: DomainError.self) { try CalendarDay(parsing: "1900-02-29") }
    }

    @Test func weekdaysAreISO() throws {
        // 2026-11-23 is a Monday, 2026-11-29 a Sunday (any calendar).
        #expect(try CalendarDay(parsing: "2026-11-23").weekday == 1)
        #expect(try CalendarDay(parsing: "2026-11-29").weekday == 7)
        #expect(try CalendarDay(parsing: "2024-02-29").weekday == 4)
    }

    @Test func addingDaysCrossesMonthsAndYears() throws {
        let day = try CalendarDay(parsing: "2026-12-30")
        #expect(day.adding(days: 3).description == "2027-01-02")
        #expect(day.adding(days: -30).description == "2026-11-30")
        #expect(day < day.adding(days: 1))
    }

    @Test func instantsRespectTheTimeZoneAndDaylightSaving() throws {
        let newYork = TimeZone(identifier: "America/New_York")!
        // 2026-11-23 09:30 EST = 14:30 UTC.
        let morning = try CalendarDay(parsing: "2026-11-23").instant(atMinutes: 570, in: newYork)
        #expect(morning == Date(timeIntervalSince1970: 1_795_444_200))
        #expect(CalendarDay.containing(morning, in: newYork).description == "2026-11-23")
        // 2026-03-08: clocks go forward at 02:00, so 09:00 is 13:00 UTC (EDT), not 14:00.
        let spring = try CalendarDay(parsing: "2026-03-08").instant(atMinutes: 540, in: newYork)
        #expect(spring == Date(timeIntervalSince1970: 1_772_974_800))
    }

    @Test func codesAsItsText() throws {
        let day = try CalendarDay(parsing: "2026-11-23")
        let data = try JSONEncoder().encode([day])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-11-23\"]")
        #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [day])
    }
}
