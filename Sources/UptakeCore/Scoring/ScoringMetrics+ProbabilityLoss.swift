import Foundation

extension ScoringMetrics {
    /// The mean negative log-likelihood of the outcomes (natural log), probabilities clipped as
    /// scikit-learn's `log_loss` does: to [ε, 1 − ε] with ε the spacing of `Double` at 1 (2.22e-16),
    /// applied to p for a positive and to 1 − p for a negative.
    ///
    /// - Parameters:
    ///   - labels: `true` for positives.
    ///   - probabilities: Predicted probabilities of the positive outcome, in [0, 1].
    /// - Returns: The log loss (0 is perfect; about 36.04 is the cost of one certain mistake).
    /// - Throws: `ScoringError` for mismatched or empty input or a probability outside [0, 1].
    public static func logLoss(labels: [Bool], probabilities: [Double]) throws -> Double {
        try validate(labels: labels, scores: probabilities, areProbabilities: true)
        let epsilon = Double.ulpOfOne
        let total = zip(labels, probabilities).reduce(0.0) { sum, pair in
            let likelihood = pair.0 ? pair.1 : 1 - pair.1
            return sum - log(min(max(likelihood, epsilon), 1 - epsilon))
        }
        return total / Double(labels.count)
    }

    /// The Brier score: the mean squared difference between probability and outcome (scikit-learn's
    /// `brier_score_loss`).
    ///
    /// - Parameters:
    ///   - labels: `true` for positives.
    ///   - probabilities: Predicted probabilities of the positive outcome, in [0, 1].
    /// - Returns: The score in [0, 1]; lower is better.
    /// - Throws: `ScoringError` for mismatched or empty input or a probability outside [0, 1].
    public static func brierScore(labels: [Bool], probabilities: [Double]) throws -> Double {
        try validate(labels: labels, scores: probabilities, areProbabilities: true)
        let total = zip(labels, probabilities).reduce(0.0) { sum, pair in
            let difference = pair.1 - (pair.0 ? 1 : 0)
            return sum + difference * difference
        }
        return total / Double(labels.count)
    }
}
