extension FeatureSchema {
    /// Sums per-feature values (SHAP contributions of one row) over each column's features, so that a
    /// category's one-hot columns give one reason (DESIGN.md: "summed back over a feature's one-hot
    /// columns"). SHAP values are additive, so the sums still add up to the margin minus the bias.
    ///
    /// ```swift
    /// let perColumn = try schema.columnContributions(contributions.row(i).dropLast()) // drop the bias
    /// ```
    ///
    /// - Parameter featureValues: `featureCount` values in feature order (without the bias).
    /// - Returns: One sum per column, parallel to `columns`.
    /// - Throws: `ScoringError.Code.lengthMismatch` when the count is not `featureCount`.
    public func columnContributions(_ featureValues: some Collection<Float>) throws -> [Double] {
        let values = Array(featureValues)
        guard values.count == featureCount else {
            throw ScoringError(.lengthMismatch, "\(values.count) contributions for \(featureCount) features")
        }
        return featureRanges.map { range in values[range].reduce(0.0) { $0 + Double($1) } }
    }
}
