extension FeatureSchema {
    /// Fits a schema to training records: chooses each category's levels.
    ///
    /// - Parameters:
    ///   - columns: The attributes to use, in feature order, with their kinds.
    ///   - records: Training records mapping every column name to a value or `nil` (missing).
    ///   - minimumLevelCount: Levels seen fewer times than this fold into `other`.
    ///   - maximumLevels: At most this many levels per category are kept: the most frequent, and on equal
    ///     counts the alphabetically later (scikit-learn's `OneHotEncoder(max_categories: maximumLevels + 1)`).
    /// - Returns: The schema.
    /// - Throws: `ScoringError`: `.missingColumn` naming a column absent from a record, `.invalidValue`
    ///   for a value of the wrong kind or a duplicate column, `.outOfRange` for negative limits.
    public static func fit(
        columns: [(name: String, kind: AttributeKind)],
        records: [[String: AttributeValue?]],
        minimumLevelCount: Int = 10,
        maximumLevels: Int = 20
    ) throws -> FeatureSchema {
        guard minimumLevelCount >= 0, maximumLevels >= 0 else {
            throw ScoringError(.outOfRange, "level limits must not be negative")
        }
        let fitted = try columns.map { name, kind -> Column in
            switch kind {
            case .number: return Column(name: name, encoding: .number)
            case .boolean: return Column(name: name, encoding: .boolean)
            case .date: return Column(name: name, encoding: .date)
            case .category:
                var counts: [String: Int] = [:]
                for (index, record) in records.enumerated() {
                    switch try value(of: name, in: record, row: index) {
                    case .category(let level)?: counts[level, default: 0] += 1
                    case nil: break
                    case let other?: throw wrongKind(other, column: name, expected: .category, row: index)
                    }
                }
                let kept = counts
                    .filter { $0.key != otherLevel && $0.value >= minimumLevelCount }
                    // Most frequent first; on equal counts the later name wins, as in scikit-learn's
                    // OneHotEncoder (a stable ascending sort whose tail is kept).
                    .sorted { $0.value > $1.value || ($0.value == $1.value && $0.key > $1.key) }
                    .prefix(maximumLevels)
                    .map(\.key)
                return Column(name: name, encoding: .category(levels: kept.sorted()))
            }
        }
        return try FeatureSchema(columns: fitted)
    }

    /// The value of `column` in `record`; a column absent from the record is an error naming it.
    static func value(of column: String, in record: [String: AttributeValue?], row: Int) throws -> AttributeValue? {
        guard let value = record[column] else {
            throw ScoringError(.missingColumn, "record \(row) has no column \"\(column)\"")
        }
        return value
    }

    static func wrongKind(_ value: AttributeValue, column: String, expected: AttributeKind, row: Int) -> ScoringError {
        ScoringError(
            .invalidValue,
            "column \"\(column)\" expects a \(expected.rawValue) but record \(row) has a \(value.kind.rawValue)"
        )
    }
}
