/// The model-health metrics of DESIGN.md for binary outcomes: ranking (ROC AUC, average precision),
/// probability quality (log loss, Brier score), calibration (expected calibration error and the
/// reliability table) and lift and gain by decile.
///
/// Every definition follows scikit-learn 1.9 (the tests compare against it on committed fixtures made by
/// `scripts/fixtures/scoring/make_metrics_fixture.py`). Labels are `true` for the positive outcome (the
/// lead converted).
///
/// ```swift
/// let auc = try ScoringMetrics.rocAUC(labels: converted, scores: probabilities)
/// let table = try ScoringMetrics.reliabilityTable(labels: converted, probabilities: probabilities)
/// ```
public enum ScoringMetrics {
    /// Checks that labels and scores pair up, are not empty, and that every score is finite (and, for
    /// probabilities, within [0, 1]).
    static func validate(labels: [Bool], scores: [Double], areProbabilities: Bool) throws {
        guard labels.count == scores.count else {
            throw ScoringError(.lengthMismatch, "\(labels.count) labels but \(scores.count) scores")
        }
        guard !labels.isEmpty else {
            throw ScoringError(.empty, "no labels and scores to evaluate")
        }
        if let bad = scores.firstIndex(where: { !$0.isFinite || (areProbabilities && !(0...1).contains($0)) }) {
            let allowed = areProbabilities ? "a probability in [0, 1]" : "a finite number"
            throw ScoringError(.outOfRange, "score \(scores[bad]) at index \(bad) is not \(allowed)")
        }
    }

    /// Row indices ordered by score, highest first; ties keep input order, so results are deterministic.
    static func descendingOrder(_ scores: [Double]) -> [Int] {
        scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    }
}
