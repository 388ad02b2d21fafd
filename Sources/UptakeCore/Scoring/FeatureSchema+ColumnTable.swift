import Foundation

extension FeatureSchema {
    /// Fits a schema to the columns of a table (`ModelTrainer` passes the rows before the holdout; the fit
    /// reads no labels, and nothing about the holdout rows leaks into the encoding).
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
        // Only categories need the data; each is fitted from one record per distinct level carrying
        // that level's count as a weight would, so the level rule stays the one in
        // `fit(columns:records:minimumLevelCount:maximumLevels:)`. Counting codes column by column
        // avoids building a dictionary per row.
        let fitted = try table.columns.map { column -> Column in
            guard case .categories(let levels, let codes) = column.values else {
                return try fit(columns: [(column.name, column.values.kind)], records: []).columns[0]
            }
            var counts = [Int](repeating: 0, count: levels.count)
            for code in codes where code >= 0 { counts[Int(code)] += 1 }
            // Levels below the minimum count can never be kept; the rest are repeated as often as seen.
            let records: [[String: AttributeValue?]] = zip(levels, counts)
                .filter { $0.1 >= minimumLevelCount }
                .flatMap { level, count in repeatElement([column.name: .category(level)], count: count) }
            return try fit(
                columns: [(column.name, .category)], records: records,
                minimumLevelCount: minimumLevelCount, maximumLevels: maximumLevels
            ).columns[0]
        }
        return try FeatureSchema(columns: fitted)
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
