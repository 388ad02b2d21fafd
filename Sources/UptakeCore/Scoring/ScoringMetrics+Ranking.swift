extension ScoringMetrics {
    /// The area under the ROC curve: the probability that a random positive scores above a random
    /// negative, a tie counting one half.
    ///
    /// Computed as the Mann–Whitney U statistic with average ranks for ties, U / (P × N), which equals
    /// the trapezoidal area under scikit-learn's `roc_curve` (`roc_auc_score`).
    ///
    /// ```swift
    /// try ScoringMetrics.rocAUC(labels: [false, true, true], scores: [0.2, 0.2, 0.9]) // 0.75
    /// ```
    ///
    /// - Parameters:
    ///   - labels: `true` for positives.
    ///   - scores: Any finite scores; only their order matters.
    /// - Returns: The AUC in [0, 1].
    /// - Throws: `ScoringError` for mismatched or empty input, a non-finite score, or `.undefined` when
    ///   only one class is present.
    public static func rocAUC(labels: [Bool], scores: [Double]) throws -> Double {
        try validate(labels: labels, scores: scores, areProbabilities: false)
        let positives = labels.count(where: { $0 })
        let negatives = labels.count - positives
        guard positives > 0, negatives > 0 else {
            let present = positives > 0 ? "positives" : "negatives"
            throw ScoringError(.undefined, "ROC AUC needs both outcomes; got only \(present)")
        }
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var positiveRankSum = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
            // Ranks start..end (1-based: start+1 ... end+1) share their average.
            let averageRank = Double(start + end + 2) / 2
            for index in order[start...end] where labels[index] { positiveRankSum += averageRank }
            start = end + 1
        }
        let p = Double(positives)
        let u = positiveRankSum - p * (p + 1) / 2
        return u / (p * Double(negatives))
    }

    /// Average precision as scikit-learn defines it: AP = Σₙ (Rₙ − Rₙ₋₁) Pₙ over the distinct score
    /// thresholds from highest to lowest, with precision Pₙ and recall Rₙ at each threshold (no
    /// interpolation; `average_precision_score`).
    ///
    /// - Parameters:
    ///   - labels: `true` for positives.
    ///   - scores: Any finite scores.
    /// - Returns: AP in [0, 1].
    /// - Throws: `ScoringError` for mismatched or empty input, a non-finite score, or `.undefined` when
    ///   there is no positive.
    public static func averagePrecision(labels: [Bool], scores: [Double]) throws -> Double {
        try validate(labels: labels, scores: scores, areProbabilities: false)
        let positives = labels.count(where: { $0 })
        guard positives > 0 else {
            throw ScoringError(.undefined, "average precision needs at least one positive")
        }
        let order = descendingOrder(scores)
        var truePositives = 0
        var falsePositives = 0
        var previousRecall = 0.0
        var sum = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
            for index in order[start...end] {
                if labels[index] { truePositives += 1 } else { falsePositives += 1 }
            }
            let recall = Double(truePositives) / Double(positives)
            let precision = Double(truePositives) / Double(truePositives + falsePositives)
            sum += (recall - previousRecall) * precision
            previousRecall = recall
            start = end + 1
        }
        return sum
    }
}
