import Foundation

/// A logistic regression on the encoded features that the trees boost from: the model's log-odds are the
/// linear base's plus the trees' (XGBoost's `base_margin`).
///
/// Why: trees predict a constant beyond the values they were trained on, so when the latest leads drift
/// outside the training range (the bank-marketing data's economic indicators, split in time order) a
/// linear model extrapolates better; the trees then add the interactions a linear model misses.
/// `ModelTrainer` trains trees with and without the base and keeps the one with the lower validation log
/// loss.
///
/// Each encoded feature is standardised with its mean and population standard deviation over the rows
/// the base is fitted on (as scikit-learn's `StandardScaler`; a constant feature keeps scale 1); a missing
/// value becomes the mean (0 after standardising). Per-feature contributions are `wⱼ·zⱼ`, the exact SHAP
/// values of a linear model with independent features, so reasons can add them to the trees' TreeSHAP.
public struct LinearBase: Hashable, Sendable, Codable {
    /// The mean of each encoded feature.
    public var means: [Double]
    /// The standard deviation of each encoded feature (1 for a constant one).
    public var scales: [Double]
    /// The regression on the standardised features.
    public var regression: LogisticRegression

    /// Makes a base from its parts (as saved).
    ///
    /// - Parameters:
    ///   - means: One mean per encoded feature.
    ///   - scales: One positive scale per encoded feature.
    ///   - regression: The regression on standardised features.
    public init(means: [Double], scales: [Double], regression: LogisticRegression) {
        self.means = means
        self.scales = scales
        self.regression = regression
    }

    /// Standardises the features and fits the regression.
    ///
    /// - Parameters:
    ///   - values: `rowCount × columnCount` encoded values, row after row; NaN is missing.
    ///   - rowCount: The number of rows.
    ///   - columnCount: The number of encoded features.
    ///   - labels: One outcome per row.
    ///   - inverseRegularization: scikit-learn's `C`.
    /// - Returns: The fitted base.
    /// - Throws: `ScoringError` from `LogisticRegression.fit`.
    public static func fit(
        values: [Float], rowCount: Int, columnCount: Int, labels: [Bool], inverseRegularization: Double = 1
    ) throws -> LinearBase {
        guard values.count == rowCount * columnCount else {
            throw ScoringError(.lengthMismatch, "\(values.count) values for \(rowCount)×\(columnCount)")
        }
        var sums = [Double](repeating: 0, count: columnCount)
        var squares = [Double](repeating: 0, count: columnCount)
        var counts = [Double](repeating: 0, count: columnCount)
        for (index, value) in values.enumerated() where !value.isNaN {
            let column = index % columnCount
            sums[column] += Double(value)
            counts[column] += 1
        }
        let means = zip(sums, counts).map { $1 > 0 ? $0 / $1 : 0 }
        for (index, value) in values.enumerated() where !value.isNaN {
            let deviation = Double(value) - means[index % columnCount]
            squares[index % columnCount] += deviation * deviation
        }
        let scales = zip(squares, counts).map { squares, count in
            let deviation = count > 0 ? (squares / count).squareRoot() : 0
            return deviation > 1e-12 ? deviation : 1
        }
        let unfitted = LinearBase(
            means: means, scales: scales, regression: LogisticRegression(weights: [], intercept: 0))
        let regression = try LogisticRegression.fit(
            rows: unfitted.standardized(values, columnCount: columnCount),
            rowCount: rowCount, columnCount: columnCount, labels: labels,
            inverseRegularization: inverseRegularization
        )
        return LinearBase(means: means, scales: scales, regression: regression)
    }

    /// The standardised values (missing → 0).
    func standardized(_ values: [Float], columnCount: Int) -> [Double] {
        values.enumerated().map { index, value in
            let column = index % columnCount
            return value.isNaN ? 0 : (Double(value) - means[column]) / scales[column]
        }
    }

    /// The base's log-odds of every row.
    ///
    /// - Parameters:
    ///   - values: Encoded rows, row after row (as `FeatureSchema.encode` gives).
    ///   - rowCount: The number of rows.
    /// - Returns: One margin per row, as XGBoost's `base_margin` takes it.
    public func margins(_ values: [Float], rowCount: Int) -> [Float] {
        let width = means.count
        return (0..<rowCount).map { row in
            Float(contributions(values[(row * width)..<((row + 1) * width)]).reduce(regression.intercept, +))
        }
    }

    /// Each encoded feature's contribution to one row's log-odds, `wⱼ·zⱼ` (0 for a missing value).
    ///
    /// - Parameter row: One encoded row.
    /// - Returns: One contribution per encoded feature; with `regression.intercept` they sum to the margin.
    public func contributions(_ row: some Collection<Float>) -> [Double] {
        zip(row, means.indices).map { value, column in
            value.isNaN ? 0 : regression.weights[column] * (Double(value) - means[column]) / scales[column]
        }
    }
}
