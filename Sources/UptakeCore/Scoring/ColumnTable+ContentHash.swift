extension ColumnTable {
    /// A fingerprint of the table and its labels: FNV-1a 64 over a canonical encoding (each column's
    /// name and kind, then its values row by row: numbers and dates as IEEE-754 bits with one NaN,
    /// categories as their text, booleans as a byte; then the labels). Equal data gives an equal hash
    /// whatever the order of category levels in memory.
    ///
    /// - Parameter labels: The labels trained on, or empty.
    /// - Returns: 16 hexadecimal digits.
    public func contentHash(labels: [Bool]) -> String {
        var hasher = FNV1aHasher()
        hasher.combine(UInt64(rowCount))
        for column in columns {
            hasher.combine(column.name)
            hasher.combine(column.values.kind.rawValue)
            switch column.values {
            case .numbers(let values), .dates(let values):
                for value in values { hasher.combine(value.isNaN ? Double.nan.bitPattern : value.bitPattern) }
            case .categories(let levels, let codes):
                for code in codes {
                    if code < 0 { hasher.combine(bytes: [0xFF, 0]) } else { hasher.combine(levels[Int(code)]) }
                }
            case .booleans(let values):
                for value in values { hasher.combine(bytes: CollectionOfOne(value.map { $0 ? 1 : 0 } ?? 2)) }
            }
        }
        hasher.combine(bytes: labels.map { $0 ? 1 : 0 })
        return hasher.hexadecimal
    }
}
