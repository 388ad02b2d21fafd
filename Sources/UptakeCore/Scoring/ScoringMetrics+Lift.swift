extension ScoringMetrics {
    /// Lift and cumulative gain by decile.
    ///
    /// Leads are ranked by score, highest first (equal scores keep their input order), and split into ten
    /// groups as `numpy.array_split` does: the first N mod 10 groups get one lead more than the rest.
    /// Equal scores may therefore straddle a decile boundary; the tests pin this convention against a
    /// numpy computation on committed fixtures.
    ///
    /// ```swift
    /// let deciles = try ScoringMetrics.liftByDecile(labels: converted, scores: probabilities)
    /// print(deciles[0].lift, deciles[2].cumulativeGain) // top-decile lift, share of wins in the top 30%
    /// ```
    ///
    /// - Parameters:
    ///   - labels: `true` for positives.
    ///   - scores: Any finite scores.
    /// - Returns: Ten rows, decile 1 first.
    /// - Throws: `ScoringError` for mismatched input, fewer than 10 leads (`.empty`), a non-finite score,
    ///   or no positive at all (`.undefined`: lift divides by the positive rate).
    public static func liftByDecile(labels: [Bool], scores: [Double]) throws -> [DecileLift] {
        try validate(labels: labels, scores: scores, areProbabilities: false)
        guard labels.count >= 10 else {
            throw ScoringError(.empty, "lift by decile needs at least 10 leads; got \(labels.count)")
        }
        let totalPositives = labels.count(where: { $0 })
        guard totalPositives > 0 else { throw ScoringError(.undefined, "lift needs at least one positive") }
        let baseRate = Double(totalPositives) / Double(labels.count)
        let order = descendingOrder(scores)
        let (size, larger) = labels.count.quotientAndRemainder(dividingBy: 10)
        var start = 0
        var cumulativeCount = 0
        var cumulativePositives = 0
        return (1...10).map { decile in
            let count = size + (decile <= larger ? 1 : 0)
            let positives = order[start..<(start + count)].count(where: { labels[$0] })
            start += count
            cumulativeCount += count
            cumulativePositives += positives
            return DecileLift(
                decile: decile, count: count, positives: positives,
                lift: Double(positives) / Double(count) / baseRate,
                cumulativeGain: Double(cumulativePositives) / Double(totalPositives),
                cumulativeLift: Double(cumulativePositives) / Double(cumulativeCount) / baseRate
            )
        }
    }
}
