import Foundation
import UptakeCore

/// Imports appointments from iCalendar files as Google Calendar and Outlook export them; reached through
/// ``CSVImporter/importAppointments(from:into:)`` for a `.ics` file.
///
/// Each `VEVENT` becomes an ``Appointment``: `UID` is its id (with `RECURRENCE-ID` appended for a moved
/// instance of a recurring event), `SUMMARY` its title, `DTSTART`/`DTEND` (or `DURATION`) its times,
/// `GEO` or a `lat,lon` `LOCATION` its place. Times are UTC (`...Z`), in a `TZID` zone (IANA ids, and
/// Outlook's Windows names such as `Eastern Standard Time`), or floating, read in
/// ``ImportOptions/timeZone`` (UTC when unset). All-day events (`VALUE=DATE`) are skipped: they are not
/// stops in a day. Cancelled events are skipped. A recurring event is imported as its first instance,
/// with a warning (expanding `RRULE` is the calendar's job). The rep is the `ORGANIZER` when their
/// email is a known rep, else the first `ATTENDEE` who is, else ``ImportOptions/calendarOwner``.
///
/// Files are read whole: calendar exports are megabytes, not gigabytes.
struct CalendarImporter: Sendable {
    /// Time zone, `skipInvalid`, calendar owner and error limits; `mapping` and `delimiter` do not apply.
    let options: ImportOptions
    /// Resolves organizer and attendee emails to reps (`resolveReps` with `.email`).
    let references: ImportReferences
    /// Called once the file is read and once at the end.
    let progress: (@Sendable (ImportProgress) -> Void)?

    private struct Draft {
        let event: CalendarEvent
        let id: String
        let start: Date
        let end: Date
        let location: GeoPoint?
        let title: String
        /// Organizer first, then attendees: (property, email).
        let candidates: [(property: String, email: String)]
    }

    /// Imports the events of an `.ics` file.
    ///
    /// - Parameters:
    ///   - url: The calendar file.
    ///   - sink: Receives each batch of valid appointments.
    /// - Returns: The result; see ``ImportResult`` for when to roll back.
    /// - Throws: File system errors, and whatever the sink or the lookups throw.
    nonisolated(nonsending) func importAppointments(
        from url: URL, into sink: ([Appointment]) async throws -> Void
    ) async throws -> ImportResult {
        let file = url.lastPathComponent
        let data = try Data(contentsOf: url)
        var result = ImportResult(
            file: file, entity: .appointments, rowsRead: 0, imported: 0, rejected: 0, skipped: 0, errors: [],
            errorCount: 0, warnings: [], rejectedFile: nil, isFileLevelFailure: false,
            skippedInvalid: options.skipInvalid)
        func fileFailure(_ error: ImportError) -> ImportResult {
            var failed = result
            failed.errors = [error]
            failed.errorCount = 1
            failed.isFileLevelFailure = true
            return failed
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = bytes.withUnsafeBufferPointer(CSVRecordReader.firstInvalidUTF8Index)
            let line = bytes[..<offset].count { $0 == 0x0A } + 1
            return fileFailure(ImportError(
                .invalidUTF8, file: file, line: line,
                "is not valid UTF-8 (first bad byte at byte offset \(offset + data.count - bytes.count) of the file)"))
        }
        guard text.contains("BEGIN:VCALENDAR") else {
            return fileFailure(ImportError(.invalidCalendar, file: file, "is not an iCalendar file (no BEGIN:VCALENDAR)"))
        }
        progress?(ImportProgress(bytesRead: data.count, totalBytes: data.count, rowsRead: 0))

        let rejected = options.skipInvalid
            ? RejectedRowsWriter(source: url, header: ["UID", "SUMMARY", "DTSTART", "DTEND", "ORGANIZER"],
                                 delimiter: UInt8(ascii: ","))
            : nil
        func reject(_ event: CalendarEvent, _ errors: [ImportError]) throws {
            result.errorCount += errors.count
            let room = options.maxReportedErrors - result.errors.count
            if room > 0 { result.errors += errors.prefix(room) }
            if let rejected {
                let fields = ["UID", "SUMMARY", "DTSTART", "DTEND", "ORGANIZER"].map { event.first($0)?.value ?? "" }
                try rejected.write(fields: fields, reason: errors.map(\.problem).joined(separator: "; "))
                result.rejected = rejected.count
            }
        }

        var drafts: [Draft] = []
        var firstLineOfID: [String: Int] = [:]
        var recurring = 0
        for event in CalendarEvent.parse(text) {
            result.rowsRead += 1
            if event.first("DTSTART")?.parameters["VALUE"]?.uppercased() == "DATE"
                || event.first("STATUS")?.value.uppercased() == "CANCELLED"
            {
                result.skipped += 1
                continue
            }
            var errors: [ImportError] = []
            func fail(_ code: ImportError.Code, _ property: String, _ value: String?, _ problem: String, line: Int? = nil) {
                errors.append(ImportError(code, file: file, line: line ?? event.line, column: property, value: value, problem))
            }
            var id = event.first("UID").map { CalendarEvent.unescape($0.value) } ?? ""
            if id.isEmpty { fail(.missingValue, "UID", nil, "is missing; every event needs one") }
            if let recurrence = event.first("RECURRENCE-ID") { id += "/" + recurrence.value }
            if !id.isEmpty {
                if let first = firstLineOfID[id] {
                    fail(.duplicateID, "UID", id, "is a duplicate of the event on line \(first)")
                } else {
                    firstLineOfID[id] = event.line
                }
            }
            let start = time(event.first("DTSTART"), name: "DTSTART", fail: fail)
            var end = time(event.first("DTEND"), name: "DTEND", fail: fail)
            if event.first("DTSTART") == nil { fail(.missingValue, "DTSTART", nil, "is missing") }
            if end == nil, event.first("DTEND") == nil, let start {
                if let duration = event.first("DURATION") {
                    if let seconds = Self.seconds(inDuration: duration.value) {
                        end = start.addingTimeInterval(seconds)
                    } else {
                        fail(.invalidValue, "DURATION", duration.value, "is not a duration (e.g. PT1H30M)")
                    }
                } else {
                    end = start
                }
            }
            if let start, let end, end < start {
                fail(.inconsistent, "DTEND", event.first("DTEND")?.value, "is before DTSTART")
            }
            let location = place(of: event, fail: fail)
            if event.first("RRULE") != nil { recurring += 1 }
            var candidates: [(String, String)] = []
            for property in event.all("ORGANIZER") + event.all("ATTENDEE") {
                let value = property.value
                guard value.lowercased().hasPrefix("mailto:") else { continue }
                candidates.append((property.name, String(value.dropFirst(7)).trimmingCharacters(in: .whitespaces)))
            }
            if let start, let end, errors.isEmpty {
                let title = event.first("SUMMARY").map { CalendarEvent.unescape($0.value) } ?? ""
                drafts.append(Draft(
                    event: event, id: id, start: start, end: end, location: location, title: title,
                    candidates: candidates))
            } else {
                try reject(event, errors)
            }
        }
        if recurring > 0 {
            result.warnings.append(
                "\(recurring) recurring event\(recurring == 1 ? "" : "s") (RRULE) imported as the first instance only")
        }

        for batchStart in stride(from: 0, to: drafts.count, by: options.batchSize) {
            let batch = drafts[batchStart..<min(drafts.count, batchStart + options.batchSize)]
            let emails = Set(batch.flatMap { $0.candidates.map(\.email) })
            let reps = emails.isEmpty ? [:] : try await references.resolveReps(emails, .email)
            var values: [Appointment] = []
            for draft in batch {
                guard let rep = draft.candidates.lazy.compactMap({ reps[$0.email] }).first ?? options.calendarOwner
                else {
                    let organizer = draft.candidates.first
                    let problem = organizer == nil
                        ? "no ORGANIZER or ATTENDEE email, and no calendar owner was given"
                        : "is not the email of a known rep, nor is any ATTENDEE's"
                    try reject(draft.event, [ImportError(
                        .unknownReference, file: file, line: draft.event.line, column: organizer?.property ?? "ORGANIZER",
                        value: organizer?.email, problem)])
                    continue
                }
                do {
                    values.append(try Appointment(
                        id: AppointmentID(draft.id), rep: rep, start: draft.start, end: draft.end,
                        location: draft.location, title: draft.title))
                } catch let error as DomainError {
                    try reject(draft.event, [ImportError(.inconsistent, file: file, line: draft.event.line, error.message)])
                }
            }
            if !values.isEmpty, options.skipInvalid || result.errorCount == 0 {
                try await sink(values)
                result.imported += values.count
            }
        }
        result.rejectedFile = try rejected?.finish()
        result.errors.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        progress?(ImportProgress(bytesRead: data.count, totalBytes: data.count, rowsRead: result.rowsRead))
        return result
    }

    /// Reads `DTSTART`/`DTEND`: `20240315T140000Z`, `TZID=...:20240315T140000`, or floating.
    private func time(
        _ property: CalendarEvent.Property?, name: String,
        fail: (ImportError.Code, String, String?, String, Int?) -> Void
    ) -> Date? {
        guard let property else { return nil }
        var zone = options.timeZone ?? TimeZone(identifier: "UTC")!
        if let tzid = property.parameters["TZID"] {
            guard let named = WindowsTimeZones.zone(for: tzid) else {
                fail(.invalidValue, name, tzid, "is not a known time zone (an IANA id or a Windows zone name)", nil)
                return nil
            }
            zone = named
        }
        let parser = DateParser(formats: ["yyyyMMdd'T'HHmmssX", "yyyyMMdd'T'HHmmss"], timeZone: zone)
        guard let date = parser.parse(property.value) else {
            fail(.invalidDate, name, property.value, "is not an iCalendar date-time (yyyyMMddTHHmmss[Z])", nil)
            return nil
        }
        return date
    }

    /// `GEO:lat;lon`, else a `LOCATION` that is just `lat,lon`; nil for an address or none.
    private func place(
        of event: CalendarEvent, fail: (ImportError.Code, String, String?, String, Int?) -> Void
    ) -> GeoPoint? {
        var pair: (String, [Substring])?
        if let geo = event.first("GEO") {
            pair = ("GEO", geo.value.split(separator: ";"))
        } else if let location = event.first("LOCATION") {
            let parts = CalendarEvent.unescape(location.value).split(separator: ",")
            if parts.count == 2, parts.allSatisfy({ Double($0.trimmingCharacters(in: .whitespaces)) != nil }) {
                pair = ("LOCATION", parts)
            }
        }
        guard let (name, parts) = pair else { return nil }
        let numbers = parts.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        let raw = event.first(name)?.value
        guard numbers.count == 2 else {
            fail(.invalidNumber, name, raw, "is not \"latitude;longitude\"", nil)
            return nil
        }
        guard (-90...90).contains(numbers[0]) else {
            fail(.outOfRange, name, raw, "has a latitude outside -90...90", nil)
            return nil
        }
        guard (-180...180).contains(numbers[1]) else {
            fail(.outOfRange, name, raw, "has a longitude outside -180...180", nil)
            return nil
        }
        return GeoPoint(uncheckedLatitude: numbers[0], longitude: numbers[1])
    }

    /// Seconds in an RFC 5545 duration (`PT1H30M`, `P1D`, `P2W`), or nil.
    static func seconds(inDuration text: String) -> TimeInterval? {
        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        var sign = 1.0
        if text.first == "-" || text.first == "+" {
            sign = text.first == "-" ? -1 : 1
            text = text.dropFirst()
        }
        guard text.first == "P" else { return nil }
        text = text.dropFirst()
        var total = 0.0
        var digits = ""
        for character in text {
            if character.isNumber {
                digits.append(character)
                continue
            }
            if character == "T" { continue }
            guard let value = Double(digits) else { return nil }
            digits = ""
            switch character {
            case "W": total += value * 604_800
            case "D": total += value * 86_400
            case "H": total += value * 3600
            case "M": total += value * 60
            case "S": total += value
            default: return nil
            }
        }
        return digits.isEmpty ? sign * total : nil
    }
}
