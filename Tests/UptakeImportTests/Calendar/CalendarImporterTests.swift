import Foundation
import Testing
import UptakeCore
@testable import UptakeImport

@Suite("CalendarImporter")
struct CalendarImporterTests {
    private let iso = ISO8601DateFormatter()

    private func importCalendar(_ url: URL, options: ImportOptions = ImportOptions()) async throws
        -> (ImportResult, [Appointment])
    {
        let collected = Collected<Appointment>()
        // Through CSVImporter, as the CLI calls it: a .ics file is read as iCalendar.
        let result = try await CSVImporter(options: options, references: TestFiles.references())
            .importAppointments(from: url) { collected.add($0) }
        return (result, collected.values)
    }

    @Test("a Google Calendar export: UTC, TZID and floating times, GEO and lat,lon LOCATION, all-day skipped")
    func google() async throws {
        let (result, appointments) = try await importCalendar(TestFiles.fixture("calendar-google.ics"))
        #expect(result.errors.isEmpty, "\(result.report)")
        #expect(result.rowsRead == 4)
        #expect(result.skipped == 1)
        try #require(appointments.count == 3)

        let renewal = appointments[0]
        #expect(renewal.id == "5k2j3h4g5f6d7s8a9bq1c0e3xy@google.com")
        #expect(renewal.rep == "rep-001", "the ORGANIZER's email")
        #expect(renewal.start == iso.date(from: "2024-03-15T14:00:00Z"))
        #expect(renewal.end == iso.date(from: "2024-03-15T15:00:00Z"))
        #expect(renewal.location == GeoPoint(uncheckedLatitude: 39.9612, longitude: -82.9988))
        #expect(renewal.title == "Acme Insurance – renewal review")

        let intro = appointments[1]
        #expect(intro.rep == "rep-002", "the organizer is not a rep; the folded ATTENDEE line is")
        #expect(intro.start == iso.date(from: "2024-03-18T13:30:00Z"), "09:30 EDT")
        #expect(intro.end == iso.date(from: "2024-03-18T14:15:00Z"))
        #expect(intro.location == GeoPoint(uncheckedLatitude: 41.4822, longitude: -81.6697))
        #expect(intro.title == "Birch & Cedar, intro meeting")

        #expect(appointments[2].start == iso.date(from: "2024-03-19T08:00:00Z"), "floating time read as UTC")
    }

    @Test("floating times are read in the given time zone")
    func floating() async throws {
        let options = ImportOptions(timeZone: TimeZone(identifier: "America/New_York"))
        let (_, appointments) = try await importCalendar(TestFiles.fixture("calendar-google.ics"), options: options)
        #expect(appointments.last?.start == iso.date(from: "2024-03-19T12:00:00Z"))
        #expect(appointments.first?.start == iso.date(from: "2024-03-15T14:00:00Z"), "UTC stays UTC")
    }

    @Test("an Outlook export: Windows zone names, folded SUMMARY and UID, address LOCATION, all-day skipped")
    func outlook() async throws {
        let (result, appointments) = try await importCalendar(TestFiles.fixture("calendar-outlook.ics"))
        #expect(result.errors.isEmpty, "\(result.report)")
        #expect(result.skipped == 1)
        try #require(appointments.count == 2)
        let review = appointments[0]
        #expect(review.id.rawValue == "040000008200E00074C5B7101A82E00800000000D0A6A2B7E36BDA01000000000000000"
            + "010000000C2E5F7A0C7F7E94A9A8F1C1D6E0B0B5F")
        #expect(review.title == "Ortega Agency – quarterly review with a long subject line that Outlook folds")
        #expect(review.start == iso.date(from: "2024-07-10T14:30:00Z"), "10:30 Eastern Standard Time in July is EDT")
        #expect(review.end == iso.date(from: "2024-07-10T15:30:00Z"))
        #expect(review.rep == "rep-002")
        #expect(review.location == nil, "a street address is no coordinate")
        #expect(appointments[1].rep == "rep-003")
        #expect(appointments[1].start == iso.date(from: "2024-07-11T18:00:00Z"))
    }

    @Test("an event with no known rep is a located error; the calendar owner is the fallback")
    func unknownRep() async throws {
        let ics = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            BEGIN:VEVENT\r
            UID:abc-1\r
            DTSTART:20240315T140000Z\r
            DTEND:20240315T150000Z\r
            ORGANIZER;CN=Stranger:mailto:stranger@elsewhere.example\r
            SUMMARY:Coffee\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let url = try TestFiles.write(ics, as: "calendar.ics")
        let (result, appointments) = try await importCalendar(url)
        #expect(result.errors.map(\.description) == [
            "calendar.ics:3: column \"ORGANIZER\": \"stranger@elsewhere.example\" is not the email of a known rep, "
                + "nor is any ATTENDEE's",
        ])
        #expect(appointments.isEmpty)
        let (owned, ownedAppointments) = try await importCalendar(url, options: ImportOptions(calendarOwner: "rep-003"))
        #expect(owned.errors.isEmpty)
        #expect(ownedAppointments.first?.rep == "rep-003")
    }

    @Test("an unknown TZID and a duplicate UID are located errors")
    func badEvents() async throws {
        let ics = """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:x-1
            DTSTART;TZID=Atlantis Standard Time:20240315T140000
            DTEND;TZID=Atlantis Standard Time:20240315T150000
            ORGANIZER:mailto:jane.smith@example.com
            END:VEVENT
            BEGIN:VEVENT
            UID:x-2
            DTSTART:20240315T140000Z
            DURATION:PT45M
            ORGANIZER:mailto:jane.smith@example.com
            END:VEVENT
            BEGIN:VEVENT
            UID:x-2
            DTSTART:20240316T140000Z
            ORGANIZER:mailto:jane.smith@example.com
            END:VEVENT
            END:VCALENDAR

            """
        let url = try TestFiles.write(ics, as: "cal.ics")
        let (result, _) = try await importCalendar(url, options: ImportOptions(skipInvalid: true))
        #expect(result.errors.map(\.description) == [
            "cal.ics:2: column \"DTSTART\": \"Atlantis Standard Time\" is not a known time zone (an IANA id or a "
                + "Windows zone name)",
            "cal.ics:2: column \"DTEND\": \"Atlantis Standard Time\" is not a known time zone (an IANA id or a "
                + "Windows zone name)",
            "cal.ics:14: column \"UID\": \"x-2\" is a duplicate of the event on line 8",
        ])
        #expect(result.imported == 1)
        #expect(result.rejected == 2)
    }

    @Test("a recurring event is imported once, with a warning; a cancelled one is skipped")
    func recurring() async throws {
        let ics = """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:weekly-1
            DTSTART:20240315T140000Z
            DTEND:20240315T143000Z
            RRULE:FREQ=WEEKLY;COUNT=10
            ORGANIZER:mailto:jane.smith@example.com
            END:VEVENT
            BEGIN:VEVENT
            UID:gone-1
            STATUS:CANCELLED
            DTSTART:20240316T140000Z
            ORGANIZER:mailto:jane.smith@example.com
            END:VEVENT
            END:VCALENDAR

            """
        let (result, appointments) = try await importCalendar(try TestFiles.write(ics, as: "weekly.ics"))
        #expect(appointments.map(\.id) == ["weekly-1"])
        #expect(result.skipped == 1)
        #expect(result.warnings == ["1 recurring event (RRULE) imported as the first instance only"])
    }

    @Test("text unescaping and duration")
    func textAndDuration() {
        #expect(CalendarEvent.unescape(#"a\, b\; c\nd\\e"#) == "a, b; c\nd\\e")
        #expect(CalendarImporter.seconds(inDuration: "PT1H30M") == 5400)
        #expect(CalendarImporter.seconds(inDuration: "P1DT2H") == 93_600)
        #expect(CalendarImporter.seconds(inDuration: "P2W") == 1_209_600)
        #expect(CalendarImporter.seconds(inDuration: "1H") == nil)
    }

    @Test("Windows and IANA zone names")
    func zones() {
        #expect(WindowsTimeZones.zone(for: "Eastern Standard Time")?.identifier == "America/New_York")
        #expect(WindowsTimeZones.zone(for: "W. Europe Standard Time")?.identifier == "Europe/Berlin")
        #expect(WindowsTimeZones.zone(for: "(UTC-06:00) Central Time (US & Canada)")?.identifier == "America/Chicago")
        #expect(WindowsTimeZones.zone(for: "America/Denver")?.identifier == "America/Denver")
        #expect(WindowsTimeZones.zone(for: "Nowhere Time") == nil)
    }
}
