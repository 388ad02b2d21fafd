/// Which boosting rounds a prediction uses.
///
/// ```swift
/// let early = try booster.predict(data, rounds: .range(0..<10))
/// let best = try booster.predict(data, rounds: .throughBestIteration)
/// ```
public enum PredictionRounds: Hashable, Sendable {
    /// Every round in the model.
    case all
    /// Rounds 0 through the `best_iteration` attribute (inclusive), as Python's xgboost does after
    /// early stopping; every round when the attribute is not set.
    case throughBestIteration
    /// The rounds in this range (0-based, upper bound excluded), XGBoost's `iteration_range`.
    case range(Range<Int>)
}
