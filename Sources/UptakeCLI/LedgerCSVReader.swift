import Foundation
import UptakeCore
import UptakeImport

/// Reads a ledger events CSV (columns in docs/evidence.md) into rows, reporting every bad field with its
/// file, line, column and value, as `uptake import` does.
struct LedgerCSVReader {
    /// Columns every file must have.
    static let requiredColumns = ["event_id", "suggestion_id", "event", "time"]
    /// Columns a file may have.
    static let optionalColumns = [
        "rep_id", "lead_id", "reason", "note", "latitude", "longitude", "value", "supersedes",
    ]

    /// The file's name as shown in errors.
    var fileName: String
    /// How times are read (ISO 8601; zone-less times are UTC).
    var dates = DateParser()
    /// How numbers are read.
    var numbers = NumberParser()

    /// What reading found.
    struct Result {
        /// Rows whose fields all parsed.
        var rows: [LedgerCSVRow] = []
        /// Located errors, in file order.
        var errors: [ImportError] = []
        /// Data rows read.
        var rowsRead = 0
    }

    /// Reads every record of `reader`.
    ///
    /// - Parameter reader: The CSV reader over the file.
    /// - Returns: The rows and the errors.
    /// - Throws: The file system's error.
    func read(_ reader: CSVRecordReader) throws -> Result {
        var result = Result()
        guard let header = try reader.next() else {
            result.errors.append(ImportError(.emptyFile, file: fileName, "the file is empty: expected a header row"))
            return result
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() where index[name] == nil { index[name] = position }
        let missing = Self.requiredColumns.filter { index[$0] == nil }
        if !missing.isEmpty {
            result.errors.append(ImportError(
                .missingColumn, file: fileName, line: header.line,
                "missing column(s) \(missing.joined(separator: ", ")); the header has \(names.joined(separator: ", "))"))
            return result
        }
        while let record = try reader.next() {
            result.rowsRead += 1
            if let issue = record.issue {
                result.errors.append(ImportError(.invalidValue, file: fileName, line: record.line, "\(issue)"))
                continue
            }
            guard record.fields.count == names.count else {
                result.errors.append(ImportError(
                    .fieldCount, file: fileName, line: record.line,
                    "has \(record.fields.count) fields, the header has \(names.count)"))
                continue
            }
            var rowErrors: [ImportError] = []
            func text(_ column: String) -> String? {
                guard let position = index[column] else { return nil }
                let value = record.fields[position].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            func fail(_ code: ImportError.Code, _ column: String, _ problem: String) {
                rowErrors.append(ImportError(code, file: fileName, line: record.line, column: column,
                                             value: text(column), problem))
            }
            func required(_ column: String) -> String {
                if let value = text(column) { return value }
                fail(.missingValue, column, "is empty")
                return ""
            }
            func number(_ column: String) -> Double? {
                guard let raw = text(column) else { return nil }
                guard let value = numbers.number(raw), value.isFinite else {
                    fail(.invalidNumber, column, "is not a number")
                    return nil
                }
                return value
            }
            let eventID = required("event_id"), suggestion = required("suggestion_id")
            let kindText = required("event")
            let kind = LedgerEventKind(rawValue: kindText.lowercased())
            if kind == nil, !kindText.isEmpty {
                fail(.invalidValue, "event", "is not one of "
                    + LedgerEventKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let timeText = required("time")
            let time = timeText.isEmpty ? nil : dates.parse(timeText)
            if time == nil, !timeText.isEmpty { fail(.invalidDate, "time", "is not \(dates.expectation)") }
            let latitude = number("latitude"), longitude = number("longitude")
            var location: GeoPoint?
            switch (text("latitude"), text("longitude")) {
            case (nil, nil): break
            case (.some, nil): fail(.missingValue, "longitude", "is empty while latitude is given")
            case (nil, .some): fail(.missingValue, "latitude", "is empty while longitude is given")
            case (.some, .some):
                if let latitude, let longitude {
                    do {
                        location = try GeoPoint(latitude: latitude, longitude: longitude)
                    } catch {
                        fail(.outOfRange, "latitude", "\(error)")
                    }
                }
            }
            let value = number("value")
            guard rowErrors.isEmpty, let kind, let time else {
                result.errors += rowErrors
                continue
            }
            let rep: RepID? = text("rep_id").map { RepID($0) }
            let lead: LeadID? = text("lead_id").map { LeadID($0) }
            result.rows.append(LedgerCSVRow(
                line: record.line, eventID: eventID, suggestion: suggestion, kind: kind, time: time, rep: rep,
                lead: lead, reason: text("reason"), note: text("note"), location: location, value: value,
                supersedes: text("supersedes")))
        }
        return result
    }
}
