import Foundation
import UptakeCore


/// One data record being decoded: typed access to its fields that records located errors.
struct ImportRow {
    let file: String
    let record: CSVRecord
    let settings: ValueSettings
    private(set) var errors: [ImportError] = []

    init(file: String, record: CSVRecord, settings: ValueSettings) {
        self.file = file
        self.record = record
        self.settings = settings
    }

    /// The field's trimmed text (several columns joined with a space), the default when empty, or nil.
    func text(_ ref: FieldRef) -> String? {
        let value: String
        switch ref.indices.count {
        case 0: return ref.defaultValue
        case 1: value = Self.trimmed(record.fields[ref.indices[0]])
        default:
            value = ref.indices.map { Self.trimmed(record.fields[$0]) }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        return value.isEmpty ? ref.defaultValue : value
    }

    static func trimmed(_ text: String) -> String {
        var copy = text
        let padded = copy.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
        }
        return padded ? text.trimmingCharacters(in: .whitespaces) : text
    }

    /// Records an error at this record's line.
    mutating func fail(_ code: ImportError.Code, _ ref: FieldRef?, value: String?, _ problem: String) {
        errors.append(ImportError(code, file: file, line: record.line, column: ref?.column, value: value, problem))
    }

    /// Records a row-level error (no column).
    mutating func fail(_ code: ImportError.Code, _ problem: String) {
        errors.append(ImportError(code, file: file, line: record.line, problem))
    }

    /// The text of a required field, or nil after recording that it is missing.
    mutating func required(_ ref: FieldRef) -> String? {
        guard let value = text(ref) else {
            fail(.missingValue, ref, value: nil, "is empty; a value is required")
            return nil
        }
        return value
    }

    /// A field's value parsed by `parse`, or nil: absent (an error when `required`), or recorded as
    /// `code` with `"text" problem` when it does not parse.
    private mutating func value<T>(
        _ ref: FieldRef, required: Bool, _ code: ImportError.Code, _ problem: @autoclosure () -> String,
        _ parse: (String) -> T?
    ) -> T? {
        guard let text = required ? self.required(ref) : text(ref) else { return nil }
        guard let value = parse(text) else {
            fail(code, ref, value: text, problem())
            return nil
        }
        return value
    }

    /// A number, or nil (recording an error when the text is not a number, or is required and empty).
    mutating func number(_ ref: FieldRef, required: Bool) -> Double? {
        let numbers = settings.numbers
        return value(ref, required: required, .invalidNumber, "is not a number") { numbers.number($0) }
    }

    /// A number within `range`, or nil after recording `"91.5" is outside -90...90`.
    mutating func number(_ ref: FieldRef, in range: ClosedRange<Double>, rangeText: String, required: Bool) -> Double? {
        guard let value = number(ref, required: required) else { return nil }
        guard range.contains(value) else {
            fail(.outOfRange, ref, value: text(ref), "is outside \(rangeText)")
            return nil
        }
        return value
    }

    /// A date, or nil after recording `"31/02/2024" is not a date (expected ...)`.
    mutating func date(_ ref: FieldRef, required: Bool) -> Date? {
        let dates = settings.dates
        return value(ref, required: required, .invalidDate, "is not a date (expected \(dates.expectation))") {
            dates.parse($0)
        }
    }

    /// A time of day (`HH:MM`), or nil after recording the error.
    mutating func timeOfDay(_ ref: FieldRef) -> TimeOfDay? {
        guard let text = required(ref) else { return nil }
        guard let time = try? TimeOfDay(parsing: text) else {
            fail(.invalidValue, ref, value: text, "is not a time of day (expected HH:MM, 24-hour)")
            return nil
        }
        return time
    }
}
