/// One input column's importance: the mean absolute SHAP contribution (summed over its one-hot
/// features) on the holdout, in log-odds.
public struct FeatureImportance: Hashable, Sendable, Codable {
    /// The column's name.
    public var feature: String
    /// Mean |contribution| over the holdout rows.
    public var meanAbsoluteContribution: Double

    /// Makes an entry.
    ///
    /// - Parameters:
    ///   - feature: The column's name.
    ///   - meanAbsoluteContribution: Mean |contribution|.
    public init(feature: String, meanAbsoluteContribution: Double) {
        self.feature = feature
        self.meanAbsoluteContribution = meanAbsoluteContribution
    }
}
