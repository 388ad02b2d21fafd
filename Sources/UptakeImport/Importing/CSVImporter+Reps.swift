import Foundation
import UptakeCore

extension CSVImporter {
    /// Imports reps.
    ///
    /// Fields: `id`, `name`, `email`, `team`, `start_latitude`, `start_longitude`, `shift_start`,
    /// `shift_end` (`HH:MM`), `time_zone` (IANA) required; `end_latitude`, `end_longitude` (the start
    /// when absent).
    ///
    /// - Parameters:
    ///   - url: The CSV file.
    ///   - sink: Receives each batch of valid reps.
    /// - Returns: The result; see ``ImportResult`` for when to roll back.
    /// - Throws: File system errors, and whatever the sink throws.
    nonisolated(nonsending) public func importReps(
        from url: URL, into sink: @escaping ([Rep]) async throws -> Void
    ) async throws -> ImportResult {
        try await run(.reps, url: url, decoder: { header, _, _ in
            let refs = header.refs
            let id = refs["id"]!, name = refs["name"]!, email = refs["email"]!, team = refs["team"]!
            let startLat = refs["start_latitude"]!, startLon = refs["start_longitude"]!
            let endLat = refs["end_latitude"]!, endLon = refs["end_longitude"]!
            let shiftStart = refs["shift_start"]!, shiftEnd = refs["shift_end"]!, zone = refs["time_zone"]!
            let zones = Box([String: Bool]())
            return RowDecoder(id: id, decode: { row in
                let repID = row.required(id), repName = row.required(name), repTeam = row.required(team)
                let address = row.required(email)
                if let address, !address.contains("@") {
                    row.fail(.invalidValue, email, value: address, "is not an email address")
                }
                let sLat = row.number(startLat, in: -90...90, rangeText: "-90...90", required: true)
                let sLon = row.number(startLon, in: -180...180, rangeText: "-180...180", required: true)
                let eLat = row.number(endLat, in: -90...90, rangeText: "-90...90", required: false) ?? sLat
                let eLon = row.number(endLon, in: -180...180, rangeText: "-180...180", required: false) ?? sLon
                let from = row.timeOfDay(shiftStart), to = row.timeOfDay(shiftEnd)
                let zoneName = row.required(zone)
                if let zoneName {
                    if zones.value[zoneName] == nil { zones.value[zoneName] = TimeZone(identifier: zoneName) != nil }
                    if zones.value[zoneName] == false {
                        row.fail(.invalidValue, zone, value: zoneName,
                                 "is not an IANA time zone (e.g. America/New_York)")
                    }
                }
                if let from, let to, from >= to {
                    row.fail(.inconsistent, shiftEnd, value: row.text(shiftEnd),
                             "is not after the shift start \(from)")
                }
                guard let repID, let repName, let repTeam, let address, let sLat, let sLon, let eLat, let eLon,
                    let from, let to, let zoneName, row.errors.isEmpty
                else { return nil }
                return RowDraft(line: row.record.line, fields: row.record.fields) { _ in
                    try Rep(
                        id: RepID(repID), name: repName, email: address, team: repTeam,
                        start: GeoPoint(uncheckedLatitude: sLat, longitude: sLon),
                        end: GeoPoint(uncheckedLatitude: eLat, longitude: eLon),
                        shiftStart: from, shiftEnd: to, timeZone: zoneName)
                }
            })
        }, sink: sink)
    }
}
