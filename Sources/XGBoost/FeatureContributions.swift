/// Per-row SHAP contributions (TreeSHAP) from `Booster.predictContributions(_:rounds:)`.
///
/// Each row has one value per feature and, last, the bias (the expected margin); a row's values sum to
/// its margin (log-odds for `binary:logistic`).
///
/// ```swift
/// let contributions = try booster.predictContributions(data)
/// let reasons = contributions.row(0).dropLast() // one per feature
/// print(contributions.bias(row: 0))
/// ```
public struct FeatureContributions: Hashable, Sendable {
    /// The number of rows.
    public let rowCount: Int
    /// The number of features plus one (the bias column).
    public let columnCount: Int
    /// Every value, row after row.
    public let values: [Float]

    /// Makes contributions from a row-major buffer.
    ///
    /// - Parameters:
    ///   - rowCount: The number of rows.
    ///   - columnCount: Features plus one.
    ///   - values: `rowCount × columnCount` values.
    public init(rowCount: Int, columnCount: Int, values: [Float]) {
        precondition(values.count == rowCount * columnCount, "contributions do not fill the shape")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.values = values
    }

    /// One row's contributions: the features', then the bias.
    ///
    /// - Parameter index: The row, from 0.
    /// - Returns: `columnCount` values.
    public func row(_ index: Int) -> ArraySlice<Float> {
        values[(index * columnCount)..<((index + 1) * columnCount)]
    }

    /// One row's bias term (the last column).
    ///
    /// - Parameter row: The row, from 0.
    /// - Returns: The bias.
    public func bias(row: Int) -> Float {
        values[(row + 1) * columnCount - 1]
    }
}
