/// Three disjoint sets of row indices: rows to train on, a validation slice (early stopping and
/// isotonic calibration) and the holdout (evaluation only). Together they cover every row once.
public struct DataSplit: Hashable, Sendable, Codable {
    /// Rows the trees are fitted on, ascending.
    public var train: [Int]
    /// Rows for early stopping and calibration, ascending.
    public var validation: [Int]
    /// Rows kept for the final evaluation, ascending.
    public var holdout: [Int]

    /// Makes a split from its parts (as saved).
    ///
    /// - Parameters:
    ///   - train: Training rows.
    ///   - validation: Validation rows.
    ///   - holdout: Holdout rows.
    public init(train: [Int], validation: [Int], holdout: [Int]) {
        self.train = train
        self.validation = validation
        self.holdout = holdout
    }

    /// Splits `rowCount` rows.
    ///
    /// Sizes: the holdout has `round(rowCount × holdoutFraction)` rows; the validation slice
    /// `round((rowCount − holdout) × validationFraction)` of the rest; training the remainder.
    ///
    /// - Parameters:
    ///   - rowCount: The number of rows.
    ///   - strategy: How to choose the parts.
    ///   - holdoutFraction: The holdout's share of all rows, in (0, 1).
    ///   - validationFraction: The validation slice's share of the non-holdout rows, in (0, 1).
    ///   - times: For `.time`, one value per row (seconds or any increasing number); NaN is not allowed.
    /// - Returns: The split; each part's indices ascending.
    /// - Throws: `TrainingError.Code.invalidConfiguration` for fractions out of range, missing or
    ///   non-finite times, or a part that would be empty.
    public static func make(
        rowCount: Int,
        strategy: SplitStrategy,
        holdoutFraction: Double = 0.2,
        validationFraction: Double = 0.2,
        times: [Double]? = nil
    ) throws -> DataSplit {
        for (name, fraction) in [("holdout", holdoutFraction), ("validation", validationFraction)]
        where !(fraction > 0 && fraction < 1) {
            throw TrainingError(.invalidConfiguration, "the \(name) fraction \(fraction) is not between 0 and 1")
        }
        let holdoutCount = Int((Double(rowCount) * holdoutFraction).rounded())
        let validationCount = Int((Double(rowCount - holdoutCount) * validationFraction).rounded())
        guard holdoutCount > 0, validationCount > 0, rowCount - holdoutCount - validationCount > 0 else {
            throw TrainingError(.invalidConfiguration, "\(rowCount) rows are too few to split three ways")
        }
        // `order` lists rows from the first to go to training to the last to go to the holdout.
        let order: [Int]
        switch strategy {
        case .random(let seed):
            var generator = SeededGenerator(seed: seed)
            var rows = Array(0..<rowCount)
            generator.shuffle(&rows)
            order = rows
        case .ordered:
            order = Array(0..<rowCount)
        case .time(let column):
            guard let times, times.count == rowCount else {
                throw TrainingError(.invalidConfiguration, "the time split needs one time per row of \"\(column)\"")
            }
            if let bad = times.firstIndex(where: { !$0.isFinite }) {
                throw TrainingError(
                    .invalidConfiguration,
                    "the time column \"\(column)\" is missing on row \(bad + 1) (\(times.count { !$0.isFinite }) rows)"
                )
            }
            order = (0..<rowCount).sorted { (times[$0], $0) < (times[$1], $1) }
        }
        let trainEnd = rowCount - holdoutCount - validationCount
        return DataSplit(
            train: order[..<trainEnd].sorted(),
            validation: order[trainEnd..<(rowCount - holdoutCount)].sorted(),
            holdout: order[(rowCount - holdoutCount)...].sorted()
        )
    }
}
