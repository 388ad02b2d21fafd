import Foundation

extension FeatureSchema {
    /// Encodes one record as the model's feature row.
    ///
    /// - Parameters:
    ///   - record: Every column name mapped to a value or `nil` (missing); other keys are ignored.
    ///   - scoringDate: The date ages are measured at (the scoring day, or the training snapshot date).
    /// - Returns: `featureCount` values; NaN marks a missing value.
    /// - Throws: `ScoringError`: `.missingColumn` naming a column absent from the record, `.invalidValue`
    ///   for a value of the wrong kind.
    public func encode(_ record: [String: AttributeValue?], scoringDate: Date) throws -> [Float] {
        var row: [Float] = []
        row.reserveCapacity(featureCount)
        try append(record, row: 0, scoringDate: scoringDate, to: &row)
        return row
    }

    /// Encodes many records as one row-major buffer, ready for a `DMatrix(values:rowCount:columnCount:)`.
    ///
    /// - Parameters:
    ///   - records: The records, each as for `encode(_:scoringDate:)`.
    ///   - scoringDate: The date ages are measured at.
    /// - Returns: `records.count × featureCount` values, row after row.
    /// - Throws: `ScoringError` as for `encode(_:scoringDate:)`, naming the record's index.
    public func encode(_ records: [[String: AttributeValue?]], scoringDate: Date) throws -> [Float] {
        var values: [Float] = []
        values.reserveCapacity(records.count * featureCount)
        for (index, record) in records.enumerated() {
            try append(record, row: index, scoringDate: scoringDate, to: &values)
        }
        return values
    }

    private func append(
        _ record: [String: AttributeValue?],
        row: Int,
        scoringDate: Date,
        to values: inout [Float]
    ) throws {
        for column in columns {
            let value = try Self.value(of: column.name, in: record, row: row)
            switch (column.encoding, value) {
            case (.number, .number(let number)?):
                values.append(Float(number))
            case (.boolean, .boolean(let flag)?):
                values.append(flag ? 1 : 0)
            case (.date, .date(let date)?):
                values.append(Float(scoringDate.timeIntervalSince(date) / 86_400))
            case (.number, nil), (.boolean, nil), (.date, nil):
                values.append(.nan)
            case (.category(let levels), nil):
                values.append(contentsOf: repeatElement(Float.nan, count: levels.count + 1))
            case (.category(let levels), .category(let level)?):
                // Unseen and rare levels are not in `levels`: they land on `other`, the last slot.
                let slot = levels.firstIndex(of: level) ?? levels.count
                values.append(contentsOf: (0...levels.count).map { $0 == slot ? 1 : 0 })
            case (let encoding, let other?):
                throw Self.wrongKind(other, column: column.name, expected: encoding.kind, row: row)
            }
        }
    }
}

extension FeatureSchema.Encoding {
    /// The attribute kind this encoding takes.
    public var kind: AttributeKind {
        switch self {
        case .number: .number
        case .boolean: .boolean
        case .date: .date
        case .category: .category
        }
    }
}
