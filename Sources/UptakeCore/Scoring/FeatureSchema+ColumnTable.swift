import Foundation

extension FeatureSchema {
    /// Fits a schema to the columns of a table (the training rows only, so that nothing about the
    /// validation or holdout rows leaks into the encoding).
    ///
    /// - Parameters:
    ///   - table: The training rows; every column becomes a feature column of its own kind.
    ///   - minimumLevelCount: As for `fit(columns:records:minimumLevelCount:maximumLevels:)`.
    ///   - maximumLevels: As for `fit(columns:records:minimumLevelCount:maximumLevels:)`.
    /// - Returns: The schema, columns in the table's order.
    /// - Throws: `ScoringError`, as `fit(columns:records:minimumLevelCount:maximumLevels:)` throws.
    public static func fit(
        table: ColumnTable,
        minimumLevelCount: Int = 10,
        maximumLevels: Int = 20
    ) throws -> FeatureSchema {
        try fit(
            columns: table.columns.map { ($0.name, $0.values.kind) },
            records: (0..<table.rowCount).map { table.record(at: $0) },
            minimumLevelCount: minimumLevelCount,
            maximumLevels: maximumLevels
        )
    }

    /// Encodes a whole table as one row-major buffer, column by column (much faster than encoding
    /// records one at a time); the result equals `encode(_:scoringDate:)` of the table's records.
    ///
    /// - Parameters:
    ///   - table: Rows to encode; it must have every schema column (other columns are ignored).
    ///   - scoringDate: The date ages are measured at.
    /// - Returns: `table.rowCount × featureCount` values, row after row; NaN marks a missing value.
    /// - Throws: `ScoringError`: `.missingColumn` naming an absent column, `.invalidValue` for a column
    ///   of the wrong kind.
    public func encode(_ table: ColumnTable, scoringDate: Date) throws -> [Float] {
        let width = featureCount
        let rowCount = table.rowCount
        var buffer = [Float](repeating: .nan, count: rowCount * width)
        let reference = scoringDate.timeIntervalSince1970
        try buffer.withUnsafeMutableBufferPointer { out in
            for (column, range) in zip(columns, featureRanges) {
                guard let values = table.column(named: column.name)?.values else {
                    throw ScoringError(.missingColumn, "the table has no column \"\(column.name)\"")
                }
                let start = range.lowerBound
                switch (column.encoding, values) {
                case (.number, .numbers(let numbers)):
                    for row in 0..<rowCount { out[row * width + start] = Float(numbers[row]) }
                case (.date, .dates(let seconds)):
                    for row in 0..<rowCount { out[row * width + start] = Float((reference - seconds[row]) / 86_400) }
                case (.boolean, .booleans(let flags)):
                    for row in 0..<rowCount {
                        if let flag = flags[row] { out[row * width + start] = flag ? 1 : 0 }
                    }
                case (.category(let kept), .categories(let levels, let codes)):
                    // Each table level's slot among the kept levels; unknown levels go to `other` (last).
                    let slots = levels.map { kept.firstIndex(of: $0) ?? kept.count }
                    for row in 0..<rowCount where codes[row] >= 0 {
                        let base = row * width + start
                        for offset in 0...kept.count { out[base + offset] = 0 }
                        out[base + slots[Int(codes[row])]] = 1
                    }
                default:
                    throw ScoringError(
                        .invalidValue,
                        "column \"\(column.name)\" expects a \(column.encoding.kind.rawValue) "
                            + "but the table has \(values.kind.rawValue) values"
                    )
                }
            }
        }
        return buffer
    }
}
