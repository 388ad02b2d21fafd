import Foundation
import Testing
@testable import UptakeImport

@Suite("DateParser")
struct DateParserTests {
    private let utc = TimeZone(identifier: "UTC")!
    private let newYork = TimeZone(identifier: "America/New_York")!

    /// Foundation's ICU-backed formatter: the reference implementation the hand parser must agree with.
    private func reference(_ format: String, _ zone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = format
        return formatter
    }

    @Test("ISO 8601 dates and date-times, with Z, offsets and fractions")
    func iso8601() throws {
        let parser = DateParser()
        let iso = ISO8601DateFormatter()
        #expect(parser.parse("2024-03-15") == iso.date(from: "2024-03-15T00:00:00Z"))
        #expect(parser.parse("2024-03-15T14:30:00Z") == iso.date(from: "2024-03-15T14:30:00Z"))
        #expect(parser.parse("2024-03-15 14:30") == iso.date(from: "2024-03-15T14:30:00Z"))
        #expect(parser.parse("2024-03-15T14:30:00+02:00") == iso.date(from: "2024-03-15T12:30:00Z"))
        #expect(parser.parse("2024-03-15T14:30:00-0500") == iso.date(from: "2024-03-15T19:30:00Z"))
        #expect(parser.parse(" 2024-03-15T14:30:00.250Z ") == iso.date(from: "2024-03-15T14:30:00Z")!.addingTimeInterval(0.25))
    }

    @Test("dates that do not exist or do not parse are refused", arguments: [
        "2024-02-30", "2023-02-29", "2024-13-01", "2024-03-15T24:00", "15.03.2024", "2024-3-15", "", "yesterday",
        "2024-03-15T14:30:00+25:00",
    ])
    func refused(text: String) {
        #expect(DateParser().parse(text) == nil)
    }

    @Test("a mapping's pattern agrees with DateFormatter over a range of dates", arguments: [
        "MM/dd/yyyy", "M/d/yyyy h:mm a", "yyyy-MM-dd HH:mm", "dd.MM.yyyy HH:mm:ss", "d MMM yyyy",
    ])
    func agreesWithDateFormatter(format: String) throws {
        for zone in [utc, newYork] {
            let formatter = reference(format, zone)
            let parser = DateParser(formats: [format], timeZone: zone)
            // Every 3 days and 7 hours 13 minutes over four years, through both DST changes each year.
            var date = Date(timeIntervalSince1970: 1_577_836_800)
            while date < Date(timeIntervalSince1970: 1_704_067_200) {
                let text = formatter.string(from: date)
                let expected = try #require(formatter.date(from: text))
                #expect(parser.parse(text) == expected, "\(format) \(zone.identifier): \(text)")
                date += 3 * 86_400 + 7 * 3600 + 13 * 60
            }
        }
    }

    @Test("zone-less times are wall-clock time in the given zone, across daylight saving")
    func zoneLess() throws {
        let parser = DateParser(formats: ["yyyy-MM-dd HH:mm"], timeZone: newYork)
        let iso = ISO8601DateFormatter()
        #expect(parser.parse("2024-01-15 09:00") == iso.date(from: "2024-01-15T14:00:00Z"))  // EST
        #expect(parser.parse("2024-07-15 09:00") == iso.date(from: "2024-07-15T13:00:00Z"))  // EDT
        #expect(parser.parse("2024-07-15T09:00:00Z") == iso.date(from: "2024-07-15T09:00:00Z"))
    }

    @Test("the expectation names the mapping's formats and ISO 8601")
    func expectation() {
        #expect(DateParser(formats: ["M/d/yyyy"]).expectation == "M/d/yyyy or ISO 8601 (yyyy-MM-dd[THH:mm[:ss]][Z])")
    }

    @Test("days since 1970 agree with Foundation's Gregorian calendar")
    func daysFromCivil() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        for (year, month, day) in [(1970, 1, 1), (2000, 2, 29), (1969, 12, 31), (2024, 3, 1), (1900, 3, 1), (2100, 12, 31)] {
            let date = try #require(calendar.date(from: DateComponents(year: year, month: month, day: day)))
            #expect(DateParser.daysFromCivil(year: year, month: month, day: day) * 86_400
                == Int(date.timeIntervalSince1970))
        }
    }
}
