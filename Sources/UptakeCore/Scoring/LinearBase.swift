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
/// Each encoded feature is centred at its mean over the rows the base is fitted on; a number is also divided
/// by its population standard deviation (as scikit-learn's `StandardScaler`; a constant feature keeps scale
/// 1), while a 0/1 indicator (a one-hot level, a boolean) keeps scale 1, as a scikit-learn pipeline of
/// `OneHotEncoder` and `StandardScaler` leaves it. The scale matters through the penalty: standardising a
/// rare level's indicator inflates it and so weakens its penalty (on the bank-marketing data, split in time
/// order, that cost the regression 0.10 of holdout AUC). Centring does not change the fit (the intercept is
/// not penalised). A missing value becomes the mean (0 after centring). Per-feature contributions are `wⱼ·zⱼ`, the exact SHAP
/// values of a linear model with independent features, so reasons can add them to the trees' TreeSHAP.
public struct LinearBase: Hashable, Sendable, Codable {
    /// The mean of each encoded feature.
    public var means: [Double]
    /// The standard deviation of each encoded feature (1 for a constant one).
    public var scales: [Double]
    /// The regression on the standardised features.
    public var regression: LogisticRegression
    /// The half-life in rows of the ``RecencyWeights`` the regression was fitted with; `nil` when every row
    /// counted the same (a random split, or a model saved before recency weights existed).
    public var recencyHalfLife: Double?
    /// The inputs whose distribution moved between the train and validation rows (PSI above 0.2), the
    /// reason ``ModelTrainer`` weighted by recency; `nil` when it did not weight.
    public var driftedInputs: [String]?

    /// Makes a base from its parts (as saved).
    ///
    /// - Parameters:
    ///   - means: One mean per encoded feature.
    ///   - scales: One positive scale per encoded feature.
    ///   - regression: The regression on standardised features.
    ///   - recencyHalfLife: The recency weights' half-life in rows, if the fit was weighted.
    public init(means: [Double], scales: [Double], regression: LogisticRegression, recencyHalfLife: Double? = nil) {
        self.means = means
        self.scales = scales
        self.regression = regression
        self.recencyHalfLife = recencyHalfLife
    }

    /// Standardises the features and fits the regression.
    ///
    /// - Parameters:
    ///   - values: `rowCount × columnCount` encoded values, row after row; NaN is missing.
    ///   - rowCount: The number of rows.
    ///   - columnCount: The number of encoded features.
    ///   - labels: One outcome per row.
    ///   - inverseRegularization: scikit-learn's `C`.
    ///   - recency: Weights for the regression's rows (``RecencyWeights``); `nil` weighs every row 1. The means
    ///     and scales are unweighted either way.
    /// - Returns: The fitted base.
    /// - Throws: `ScoringError` from `LogisticRegression.fit`.
    public static func fit(
        values: [Float], rowCount: Int, columnCount: Int, labels: [Bool], inverseRegularization: Double = 1,
        recency: RecencyWeights? = nil
    ) throws -> LinearBase {
        guard values.count == rowCount * columnCount else {
            throw ScoringError(.lengthMismatch, "\(values.count) values for \(rowCount)×\(columnCount)")
        }
        var sums = [Double](repeating: 0, count: columnCount)
        var squares = [Double](repeating: 0, count: columnCount)
        var counts = [Double](repeating: 0, count: columnCount)
        var indicator = [Bool](repeating: true, count: columnCount)
        for (index, value) in values.enumerated() where !value.isNaN {
            let column = index % columnCount
            sums[column] += Double(value)
            counts[column] += 1
            if value != 0 && value != 1 { indicator[column] = false }
        }
        let means = zip(sums, counts).map { $1 > 0 ? $0 / $1 : 0 }
        for (index, value) in values.enumerated() where !value.isNaN {
            let deviation = Double(value) - means[index % columnCount]
            squares[index % columnCount] += deviation * deviation
        }
        let scales = (0..<columnCount).map { column in
            let deviation = counts[column] > 0 ? (squares[column] / counts[column]).squareRoot() : 0
            return indicator[column] || deviation <= 1e-12 ? 1 : deviation
        }
        // The fit centres only the numbers: an indicator stays 0/1 (a missing one at its mean), so one-hot
        // rows stay sparse for the Newton steps. The intercept is not penalised, so this changes only the
        // intercept, which is then moved to the centred form every later use takes.
        let design = values.enumerated().map { index, value -> Double in
            let column = index % columnCount
            if indicator[column] { return value.isNaN ? means[column] : Double(value) }
            return value.isNaN ? 0 : (Double(value) - means[column]) / scales[column]
        }
        let fitted = try LogisticRegression.fit(
            rows: design, rowCount: rowCount, columnCount: columnCount, labels: labels,
            inverseRegularization: inverseRegularization, sampleWeights: recency?.values
        )
        let shift = (0..<columnCount).reduce(0.0) { sum, column in
            indicator[column] ? sum + fitted.weights[column] * means[column] : sum
        }
        let regression = LogisticRegression(weights: fitted.weights, intercept: fitted.intercept + shift)
        return LinearBase(means: means, scales: scales, regression: regression, recencyHalfLife: recency?.halfLife)
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
        zip(row, means.indices).map { value, column in contribution(value, feature: column) }
    }

    /// One encoded feature's contribution to the log-odds, `wⱼ·zⱼ` (0 for a missing value).
    ///
    /// - Parameters:
    ///   - value: The feature's encoded value.
    ///   - feature: The feature's index.
    /// - Returns: The contribution.
    public func contribution(_ value: Float, feature: Int) -> Double {
        value.isNaN ? 0 : regression.weights[feature] * (Double(value) - means[feature]) / scales[feature]
    }
}
