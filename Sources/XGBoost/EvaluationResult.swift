/// One metric's value on one named matrix, from `Booster.evaluate(iteration:on:)`.
public struct EvaluationResult: Hashable, Sendable {
    /// The name the matrix was given (`"train"`, `"validation"`).
    public var dataset: String
    /// XGBoost's metric name (`"logloss"`, `"auc"`).
    public var metric: String
    /// The metric's value.
    public var value: Double

    /// Makes a result.
    ///
    /// - Parameters:
    ///   - dataset: The matrix's name.
    ///   - metric: The metric's name.
    ///   - value: The metric's value.
    public init(dataset: String, metric: String, value: Double) {
        self.dataset = dataset
        self.metric = metric
        self.value = value
    }
}
