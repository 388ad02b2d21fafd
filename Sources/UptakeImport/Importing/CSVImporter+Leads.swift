import Foundation
import UptakeCore

extension CSVImporter {
    /// Imports leads.
    ///
    /// Fields: `id`, `name`, `latitude`, `longitude`, `created_at` required; `tier` (our tier names or the
    /// mapping's aliases; bronze when absent unless the mapping's `defaults` say otherwise),
    /// `expected_value` (0 when absent), `owner` (a rep, matched per the mapping's `rep_match`),
    /// `opening_hours` (`Mo-Fr 09:00-17:00`). Every other column that the mapping does not ignore becomes
    /// an attribute; see ``ColumnMapping`` and the inference rule on attribute kinds in the module docs.
    ///
    /// - Parameters:
    ///   - url: The CSV file.
    ///   - sink: Receives each batch of valid leads.
    /// - Returns: The result; see ``ImportResult`` for when to roll back.
    /// - Throws: File system errors, and whatever the sink or the lookups throw.
    nonisolated(nonsending) public func importLeads(
        from url: URL, into sink: @escaping ([Lead]) async throws -> Void
    ) async throws -> ImportResult {
        let sampleRows = options.inferenceSampleRows
        let pinned = options.mapping?.attributeKinds ?? [:]
        return try await run(.leads, url: url, decoder: { header, settings, sample in
            let id = header.refs["id"]!, name = header.refs["name"]!
            let latitude = header.refs["latitude"]!, longitude = header.refs["longitude"]!
            let createdAt = header.refs["created_at"]!, tier = header.refs["tier"]!
            let expectedValue = header.refs["expected_value"]!, owner = header.refs["owner"]!
            let openingHours = header.refs["opening_hours"]!
            // Files repeat a few opening-hours texts; parsing each once matters at a million rows.
            let hoursCache = Box([String: OpeningHours]())
            let columns = Box(AttributeColumn.infer(header: header, sample: sample, pinned: pinned, settings: settings))
            return RowDecoder(
                id: id,
                decode: { row in
                    let leadID = row.required(id)
                    let leadName = row.required(name)
                    let lat = row.number(latitude, in: -90...90, rangeText: "-90...90", required: true)
                    let lon = row.number(longitude, in: -180...180, rangeText: "-180...180", required: true)
                    let created = row.date(createdAt, required: true)
                    var leadTier = LeadTier.bronze
                    if let text = row.text(tier) {
                        if let parsed = LeadTier(rawValue: text) ?? settings.tierAliases[text.lowercased()]
                            ?? LeadTier(parsing: text)
                        {
                            leadTier = parsed
                        } else {
                            row.fail(.invalidValue, tier, value: text,
                                     "is not a tier (expected \(settings.tierExpectation))")
                        }
                    }
                    var value = 0.0
                    if let number = row.number(expectedValue, required: false) {
                        if number >= 0 { value = number } else {
                            row.fail(.outOfRange, expectedValue, value: row.text(expectedValue),
                                     "is negative; an expected value is an amount >= 0")
                        }
                    }
                    var hours: OpeningHours?
                    if let text = row.text(openingHours) {
                        do {
                            if let cached = hoursCache.value[text] {
                                hours = cached
                            } else {
                                let parsed = try OpeningHours(parsing: text)
                                if hoursCache.value.count < 10_000 { hoursCache.value[text] = parsed }
                                hours = parsed
                            }
                        } catch {
                            row.fail(.invalidValue, openingHours, value: text,
                                     "is not opening hours (\(error), e.g. \"Mo-Fr 09:00-17:00\")")
                        }
                    }
                    var attributes = [String: AttributeValue](minimumCapacity: columns.value.count)
                    let line = row.record.line
                    for index in columns.value.indices {
                        let text = ImportRow.trimmed(row.record.fields[columns.value[index].index])
                        if text.isEmpty { continue }
                        attributes[columns.value[index].name] = columns.value[index].value(
                            text, line: line, settings: settings)
                    }
                    guard let leadID, let leadName, let lat, let lon, let created, row.errors.isEmpty else {
                        return nil
                    }
                    let ownerKey = row.text(owner)
                    var draft = RowDraft<Lead>(line: line, fields: row.record.fields) { reps in
                        try Lead(
                            id: LeadID(leadID), name: leadName,
                            location: GeoPoint(uncheckedLatitude: lat, longitude: lon), tier: leadTier,
                            expectedValue: value, createdAt: created, owner: ownerKey.flatMap { reps[$0] },
                            openingHours: hours, attributes: attributes)
                    }
                    if let ownerKey { draft.reps = [RowReference(ref: owner, key: ownerKey)] }
                    return draft
                },
                warnings: { columns.value.compactMap { $0.warning(sampleRows: sampleRows) } })
        }, sink: sink)
    }
}
