import Foundation

/// An in-memory table of typed columns, the input of training and batch scoring.
///
/// Columns are stored compactly so that a million leads fit in memory: numbers and dates as `Double`
/// (NaN is missing; dates as seconds since 1970), categories dictionary-encoded (`levels` and one code
/// per row, −1 missing), booleans as optional flags. Labels are not part of the table; the trainer
/// takes them beside it.
///
/// ```swift
/// let table = try ColumnTable(columns: [
///     .init(name: "agents", values: .numbers([12, 3, .nan])),
///     .init(name: "region", values: .categories(levels: ["North", "South"], codes: [0, 1, -1])),
/// ])
/// ```
public struct ColumnTable: Hashable, Sendable {
    /// One column's values, by kind.
    public enum Values: Hashable, Sendable {
        /// Numbers; NaN is missing.
        case numbers([Double])
        /// Categories: the distinct `levels` and, per row, an index into them (−1 is missing).
        case categories(levels: [String], codes: [Int32])
        /// Dates as seconds since 1970-01-01 UTC; NaN is missing.
        case dates([Double])
        /// Flags; `nil` is missing.
        case booleans([Bool?])

        /// The number of rows.
        public var count: Int {
            switch self {
            case .numbers(let values), .dates(let values): values.count
            case .categories(_, let codes): codes.count
            case .booleans(let values): values.count
            }
        }

        /// The attribute kind of these values.
        public var kind: AttributeKind {
            switch self {
            case .numbers: .number
            case .categories: .category
            case .dates: .date
            case .booleans: .boolean
            }
        }

        /// The value at `row` as an attribute value, `nil` when missing.
        ///
        /// - Parameter row: A row index.
        /// - Returns: The value, or `nil`.
        public func value(at row: Int) -> AttributeValue? {
            switch self {
            case .numbers(let values):
                return values[row].isNaN ? nil : .number(values[row])
            case .dates(let values):
                return values[row].isNaN ? nil : .date(Date(timeIntervalSince1970: values[row]))
            case .categories(let levels, let codes):
                return codes[row] < 0 ? nil : .category(levels[Int(codes[row])])
            case .booleans(let values):
                return values[row].map { .boolean($0) }
            }
        }

        /// These values restricted to `rows`, in that order.
        ///
        /// - Parameter rows: Row indices.
        /// - Returns: The selected values (category levels unchanged).
        public func selecting(_ rows: [Int]) -> Values {
            switch self {
            case .numbers(let values): .numbers(rows.map { values[$0] })
            case .dates(let values): .dates(rows.map { values[$0] })
            case .categories(let levels, let codes): .categories(levels: levels, codes: rows.map { codes[$0] })
            case .booleans(let values): .booleans(rows.map { values[$0] })
            }
        }
    }

    /// A named column.
    public struct Column: Hashable, Sendable {
        /// The column's name (the CSV header).
        public var name: String
        /// Its values.
        public var values: Values

        /// Makes a column.
        ///
        /// - Parameters:
        ///   - name: The column's name.
        ///   - values: Its values.
        public init(name: String, values: Values) {
            self.name = name
            self.values = values
        }
    }

    /// The columns, in order.
    public let columns: [Column]
    /// The number of rows.
    public let rowCount: Int

    /// Makes a table.
    ///
    /// - Parameter columns: Columns with unique names and equal lengths; category codes must index
    ///   their levels (or be −1).
    /// - Throws: `ScoringError` (`.invalidValue` for a duplicate name or a bad code, `.lengthMismatch`
    ///   for unequal lengths).
    public init(columns: [Column]) throws {
        let rowCount = columns.first?.values.count ?? 0
        var names = Set<String>()
        for column in columns {
            guard names.insert(column.name).inserted else {
                throw ScoringError(.invalidValue, "column \"\(column.name)\" appears twice in the table")
            }
            guard column.values.count == rowCount else {
                throw ScoringError(
                    .lengthMismatch,
                    "column \"\(column.name)\" has \(column.values.count) rows but the first column has \(rowCount)"
                )
            }
            if case .categories(let levels, let codes) = column.values,
               let bad = codes.first(where: { $0 < -1 || Int($0) >= levels.count }) {
                throw ScoringError(.invalidValue, "column \"\(column.name)\" has category code \(bad)")
            }
        }
        self.columns = columns
        self.rowCount = rowCount
    }

    /// Makes a table from columns already known to satisfy `init(columns:)`'s checks.
    private init(checked columns: [Column], rowCount: Int) {
        self.columns = columns
        self.rowCount = rowCount
    }

    /// The column named `name`, if any.
    ///
    /// - Parameter name: A column name.
    /// - Returns: The column, or `nil`.
    public func column(named name: String) -> Column? {
        columns.first { $0.name == name }
    }

    /// The table without the named columns (names not present are ignored).
    ///
    /// - Parameter names: Columns to drop.
    /// - Returns: The remaining columns.
    public func dropping(_ names: Set<String>) -> ColumnTable {
        // Removing columns cannot break the invariants checked by `init(columns:)`.
        ColumnTable(checked: columns.filter { !names.contains($0.name) }, rowCount: rowCount)
    }

    /// The rows at `rows`, in that order.
    ///
    /// - Parameter rows: Row indices.
    /// - Returns: A table of `rows.count` rows.
    public func selecting(_ rows: [Int]) -> ColumnTable {
        // Selecting the same rows from every column keeps the lengths equal.
        ColumnTable(
            checked: columns.map { Column(name: $0.name, values: $0.values.selecting(rows)) }, rowCount: rows.count
        )
    }

    /// One row as a record for `FeatureSchema` (every column present, missing values `nil`).
    ///
    /// - Parameter row: A row index.
    /// - Returns: The record.
    public func record(at row: Int) -> [String: AttributeValue?] {
        var record: [String: AttributeValue?] = [:]
        record.reserveCapacity(columns.count)
        for column in columns { record[column.name] = .some(column.values.value(at: row)) }
        return record
    }
}
