import Foundation
import UptakeCore

extension CSVImporter {
    /// Imports appointments from CSV, or from iCalendar when the file ends in `.ics`
    /// (see ``CalendarImporter``).
    ///
    /// CSV fields: `id`, `rep` (matched per the mapping's `rep_match`: id, email or name), `start`, `end`
    /// required; `lead`, `latitude`, `longitude`, `title`.
    ///
    /// - Parameters:
    ///   - url: The CSV or `.ics` file.
    ///   - sink: Receives each batch of valid appointments.
    /// - Returns: The result; see ``ImportResult`` for when to roll back.
    /// - Throws: File system errors, and whatever the sink or the lookups throw.
    nonisolated(nonsending) public func importAppointments(
        from url: URL, into sink: @escaping ([Appointment]) async throws -> Void
    ) async throws -> ImportResult {
        if url.pathExtension.lowercased() == "ics" {
            return try await CalendarImporter(options: options, references: references, progress: progress)
                .importAppointments(from: url, into: sink)
        }
        return try await run(.appointments, url: url, decoder: { header, _, _ in
            let refs = header.refs
            let id = refs["id"]!, rep = refs["rep"]!, lead = refs["lead"]!, start = refs["start"]!
            let end = refs["end"]!, latitude = refs["latitude"]!, longitude = refs["longitude"]!
            let title = refs["title"]!
            return RowDecoder(id: id, decode: { row in
                let appointmentID = row.required(id), repKey = row.required(rep)
                let from = row.date(start, required: true), to = row.date(end, required: true)
                let lat = row.number(latitude, in: -90...90, rangeText: "-90...90", required: false)
                let lon = row.number(longitude, in: -180...180, rangeText: "-180...180", required: false)
                if (row.text(latitude) == nil) != (row.text(longitude) == nil) {
                    row.fail(.missingValue, row.text(latitude) == nil ? latitude : longitude, value: nil,
                             "is empty but the other coordinate is given")
                }
                if let from, let to, to < from {
                    row.fail(.inconsistent, end, value: row.text(end), "is before the start")
                }
                guard let appointmentID, let repKey, let from, let to, row.errors.isEmpty else { return nil }
                let leadKey = row.text(lead), name = row.text(title) ?? ""
                let location = lat.flatMap { lat in lon.map { GeoPoint(uncheckedLatitude: lat, longitude: $0) } }
                var draft = RowDraft<Appointment>(line: row.record.line, fields: row.record.fields) { reps in
                    try Appointment(
                        id: AppointmentID(appointmentID), rep: reps[repKey]!, lead: leadKey.map { LeadID($0) },
                        start: from, end: to, location: location, title: name)
                }
                draft.reps = [RowReference(ref: rep, key: repKey)]
                if let leadKey { draft.leads = [RowReference(ref: lead, key: leadKey)] }
                return draft
            })
        }, sink: sink)
    }

    /// Imports visits.
    ///
    /// Fields: `id`, `rep`, `lead`, `time` required; `note`.
    ///
    /// - Parameters:
    ///   - url: The CSV file.
    ///   - sink: Receives each batch of valid visits.
    /// - Returns: The result; see ``ImportResult`` for when to roll back.
    /// - Throws: File system errors, and whatever the sink or the lookups throw.
    nonisolated(nonsending) public func importVisits(
        from url: URL, into sink: @escaping ([Visit]) async throws -> Void
    ) async throws -> ImportResult {
        try await run(.visits, url: url, decoder: { header, _, _ in
            let refs = header.refs
            let id = refs["id"]!, rep = refs["rep"]!, lead = refs["lead"]!, time = refs["time"]!
            let note = refs["note"]!
            return RowDecoder(id: id, decode: { row in
                let visitID = row.required(id), repKey = row.required(rep), leadKey = row.required(lead)
                let when = row.date(time, required: true)
                guard let visitID, let repKey, let leadKey, let when, row.errors.isEmpty else { return nil }
                let text = row.text(note)
                var draft = RowDraft<Visit>(line: row.record.line, fields: row.record.fields) { reps in
                    Visit(id: VisitID(visitID), rep: reps[repKey]!, lead: LeadID(leadKey), time: when, note: text)
                }
                draft.reps = [RowReference(ref: rep, key: repKey)]
                draft.leads = [RowReference(ref: lead, key: leadKey)]
                return draft
            })
        }, sink: sink)
    }

    /// Imports conversions (closed deals).
    ///
    /// Fields: `id`, `lead`, `date`, `value` (an amount >= 0) required.
    ///
    /// - Parameters:
    ///   - url: The CSV file.
    ///   - sink: Receives each batch of valid conversions.
    /// - Returns: The result; see ``ImportResult`` for when to roll back.
    /// - Throws: File system errors, and whatever the sink or the lookups throw.
    nonisolated(nonsending) public func importConversions(
        from url: URL, into sink: @escaping ([Conversion]) async throws -> Void
    ) async throws -> ImportResult {
        try await run(.conversions, url: url, decoder: { header, _, _ in
            let refs = header.refs
            let id = refs["id"]!, lead = refs["lead"]!, date = refs["date"]!, value = refs["value"]!
            return RowDecoder(id: id, decode: { row in
                let conversionID = row.required(id), leadKey = row.required(lead)
                let when = row.date(date, required: true)
                let amount = row.number(value, required: true)
                if let amount, amount < 0 {
                    row.fail(.outOfRange, value, value: row.text(value), "is negative; a deal value is >= 0")
                }
                guard let conversionID, let leadKey, let when, let amount, row.errors.isEmpty else { return nil }
                var draft = RowDraft<Conversion>(line: row.record.line, fields: row.record.fields) { _ in
                    try Conversion(id: ConversionID(conversionID), lead: LeadID(leadKey), date: when, value: amount)
                }
                draft.leads = [RowReference(ref: lead, key: leadKey)]
                return draft
            })
        }, sink: sink)
    }
}
