import Foundation
import UptakeCore

/// Reads a delimited file (a CRM export, the bank-marketing data) into a `ColumnTable` for training
/// or batch scoring, inferring each column's kind.
///
/// Parsing is `CSVRecordReader`'s (RFC 4180 quotes, embedded delimiters and newlines, `,` `;` or tab detected
/// from the header line, blank lines skipped; about ten times faster than yaslab/CSV.swift, see its
/// documentation). A malformed record is refused with its line number. Each column is read
/// dictionary-encoded (one copy of every distinct text), then typed: numbers when every non-empty cell
/// is a finite number, dates when every one is an ISO 8601 date (`2024-05-01`, or with a time), booleans
/// when every one is `true`/`false`, categories otherwise. An empty cell is missing. `kinds` overrides
/// the inference (scoring passes the model's kinds, so a numeric-looking category stays a category).
///
/// ```swift
/// let reader = TrainingCSVReader(kinds: ["y": .category])
/// let table = try reader.read(contentsOf: URL(fileURLWithPath: "bank-additional-full.csv"))
/// ```
public struct TrainingCSVReader: Sendable {
    /// The field delimiter byte, or `nil` to detect it from the header.
    public var delimiter: UInt8?
    /// Kinds by column name, overriding inference.
    public var kinds: [String: AttributeKind]
    /// Only these columns are kept (all when `nil`); a named column absent from the header is an error.
    public var columns: Set<String>?

    /// Makes a reader.
    ///
    /// - Parameters:
    ///   - delimiter: The delimiter, or `nil` to detect it.
    ///   - kinds: Kinds by column name, overriding inference.
    ///   - columns: The columns to keep, or `nil` for all.
    public init(delimiter: UInt8? = nil, kinds: [String: AttributeKind] = [:], columns: Set<String>? = nil) {
        self.delimiter = delimiter
        self.kinds = kinds
        self.columns = columns
    }

    /// Reads a file.
    ///
    /// - Parameter url: The file.
    /// - Returns: The table, columns in the file's order.
    /// - Throws: `ScoringError` (`.empty` for no header, `.invalidValue` for a row of the wrong width or a
    ///   value that does not fit its column's kind, `.missingColumn` for a requested column not in the
    ///   header), or the file's read error.
    public func read(contentsOf url: URL) throws -> ColumnTable {
        try read(CSVRecordReader(url: url, delimiter: delimiter), source: url.lastPathComponent)
    }

    /// Reads delimited text (for tests and small inputs).
    ///
    /// - Parameter text: The whole file, header first.
    /// - Returns: The table.
    /// - Throws: `ScoringError`, as `read(contentsOf:)`.
    public func read(text: String) throws -> ColumnTable {
        try read(CSVRecordReader(data: Data(text.utf8), delimiter: delimiter), source: "text")
    }

    private func read(_ reader: CSVRecordReader, source: String) throws -> ColumnTable {
        guard let headerRecord = try reader.next(), headerRecord.fields != [""] else {
            throw ScoringError(.empty, "\(source) has no header line")
        }
        let header = headerRecord.fields
        if let columns, let absent = columns.first(where: { !header.contains($0) }) {
            throw ScoringError(.missingColumn, "\(source) has no column \"\(absent)\"")
        }
        let kept = header.indices.filter { columns?.contains(header[$0]) ?? true }
        var builders = kept.map { _ in ColumnBuilder() }
        while let record = try reader.next() {
            if let issue = record.issue {
                throw ScoringError(.invalidValue, "\(source) line \(record.line) is malformed: \(issue)")
            }
            guard record.fields.count == header.count else {
                throw ScoringError(
                    .invalidValue,
                    "\(source) line \(record.line) has \(record.fields.count) fields but the header has \(header.count)"
                )
            }
            for (slot, index) in kept.enumerated() { builders[slot].append(record.fields[index]) }
        }
        return try ColumnTable(columns: zip(kept, builders).map { index, builder in
            let name = header[index]
            return ColumnTable.Column(name: name, values: try builder.values(name: name, kind: kinds[name]))
        })
    }
}

/// One column being read: its distinct texts and one code per row (−1 for an empty cell).
private struct ColumnBuilder {
    var levels: [String] = []
    var index: [String: Int32] = [:]
    var codes: [Int32] = []

    mutating func append(_ text: String) {
        if text.isEmpty {
            codes.append(-1)
        } else if let code = index[text] {
            codes.append(code)
        } else {
            let code = Int32(levels.count)
            levels.append(text)
            index[text] = code
            codes.append(code)
        }
    }

    /// The typed values: of `kind` when given, else of the inferred kind.
    func values(name: String, kind: AttributeKind?) throws -> ColumnTable.Values {
        func convert<T>(_ parse: (String) -> T?, expected: AttributeKind) throws -> [T] {
            try levels.map { level in
                guard let value = parse(level) else {
                    throw ScoringError(
                        .invalidValue, "column \"\(name)\" expects a \(expected.rawValue) but has \"\(level)\""
                    )
                }
                return value
            }
        }
        let kind = kind ?? inferredKind()
        switch kind {
        case .category:
            return .categories(levels: levels, codes: codes)
        case .number, .date:
            let parsed = try convert(kind == .number ? Self.number : Self.date, expected: kind)
            let values = codes.map { $0 < 0 ? Double.nan : parsed[Int($0)] }
            return kind == .number ? .numbers(values) : .dates(values)
        case .boolean:
            let parsed = try convert(Self.boolean, expected: .boolean)
            return .booleans(codes.map { $0 < 0 ? nil : parsed[Int($0)] })
        }
    }

    func inferredKind() -> AttributeKind {
        if levels.isEmpty { return .category }
        if levels.allSatisfy({ Self.number($0) != nil }) { return .number }
        if levels.allSatisfy({ Self.date($0) != nil }) { return .date }
        if levels.allSatisfy({ Self.boolean($0) != nil }) { return .boolean }
        return .category
    }

    static func number(_ text: String) -> Double? {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        return value
    }

    static func boolean(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }

    /// Seconds since 1970 of `YYYY-MM-DD` (midnight UTC) or of a full ISO 8601 date and time.
    static func date(_ text: String) -> Double? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if text.count == 10, parts.count == 3, parts[0].count == 4,
           let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
           (1...12).contains(month), (1...31).contains(day) {
            return Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        }
        guard text.count > 10, text.contains("T"),
              let date = try? Date(text, strategy: Date.ISO8601FormatStyle())
        else { return nil }
        return date.timeIntervalSince1970
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level
    /// date algorithms", days_from_civil).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
