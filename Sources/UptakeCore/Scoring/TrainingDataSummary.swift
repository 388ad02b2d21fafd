import Foundation

/// What a model was trained on: sizes, outcome rate, the time span, and a fingerprint of the data.
public struct TrainingDataSummary: Hashable, Sendable, Codable {
    /// All rows (train + validation + holdout).
    public var rows: Int
    /// Positives among them.
    public var positives: Int
    /// `positives / rows`.
    public var positiveRate: Double
    /// Rows the trees were fitted on.
    public var trainRows: Int
    /// Rows of the validation slice (early stopping and calibration).
    public var validationRows: Int
    /// Holdout rows.
    public var holdoutRows: Int
    /// The earliest date in the split's time column (or in any date column), if any.
    public var firstDate: Date?
    /// The latest such date.
    public var lastDate: Date?
    /// FNV-1a 64 of the table and labels (`ColumnTable.contentHash(labels:)`).
    public var contentHash: String
    /// The split used.
    public var split: SplitStrategy

    /// Makes a summary.
    ///
    /// - Parameters:
    ///   - table: All rows trained and evaluated on.
    ///   - labels: Their outcomes.
    ///   - split: The split's parts.
    ///   - strategy: The split used.
    public init(table: ColumnTable, labels: [Bool], split: DataSplit, strategy: SplitStrategy) {
        rows = labels.count
        positives = labels.count { $0 }
        positiveRate = rows == 0 ? 0 : Double(positives) / Double(rows)
        trainRows = split.train.count
        validationRows = split.validation.count
        holdoutRows = split.holdout.count
        var dateColumns = table.columns
        if case .time(let name) = strategy { dateColumns = dateColumns.filter { $0.name == name } }
        let seconds = dateColumns.flatMap { column -> [Double] in
            if case .dates(let values) = column.values { return values.filter(\.isFinite) }
            return []
        }
        firstDate = seconds.min().map { Date(timeIntervalSince1970: $0) }
        lastDate = seconds.max().map { Date(timeIntervalSince1970: $0) }
        contentHash = table.contentHash(labels: labels)
        self.split = strategy
    }
}
