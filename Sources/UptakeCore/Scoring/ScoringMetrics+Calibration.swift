extension ScoringMetrics {
    /// The reliability table: predictions grouped into equal-width probability bins, each with its
    /// count, mean predicted probability and observed positive rate.
    ///
    /// Bins are scikit-learn's `calibration_curve(strategy="uniform")` bins: edges at i / binCount
    /// (computed as numpy's `linspace` does), each bin (lower, upper] except the first, which also holds 0.
    /// Its non-empty bins' `observedRate` and `meanPredicted` are `prob_true` and `prob_pred`.
    ///
    /// ```swift
    /// for bin in try ScoringMetrics.reliabilityTable(labels: converted, probabilities: calibrated) {
    ///     print(bin.upperBound, bin.count, bin.meanPredicted ?? .nan, bin.observedRate ?? .nan)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - labels: `true` for positives.
    ///   - probabilities: Predicted probabilities, in [0, 1].
    ///   - binCount: The number of bins (DESIGN.md: 10).
    /// - Returns: `binCount` bins, empty ones included, lowest first.
    /// - Throws: `ScoringError` for mismatched or empty input, a probability outside [0, 1], or a
    ///   `binCount` below 1.
    public static func reliabilityTable(
        labels: [Bool],
        probabilities: [Double],
        binCount: Int = 10
    ) throws -> [ReliabilityBin] {
        try validate(labels: labels, scores: probabilities, areProbabilities: true)
        guard binCount >= 1 else { throw ScoringError(.outOfRange, "bin count \(binCount) is below 1") }
        // numpy.linspace(0, 1, binCount + 1): i * step + 0, with the last edge exactly 1.
        let step = 1.0 / Double(binCount)
        let edges = (0...binCount).map { $0 == binCount ? 1.0 : Double($0) * step }
        let interior = edges.dropFirst().dropLast()
        var counts = [Int](repeating: 0, count: binCount)
        var positives = [Int](repeating: 0, count: binCount)
        var sums = [Double](repeating: 0, count: binCount)
        for (label, p) in zip(labels, probabilities) {
            // numpy.searchsorted(interior, p, side="left"): the number of interior edges below p.
            let bin = interior.count(where: { $0 < p })
            counts[bin] += 1
            sums[bin] += p
            if label { positives[bin] += 1 }
        }
        return (0..<binCount).map { bin in
            let count = counts[bin]
            return ReliabilityBin(
                index: bin, lowerBound: edges[bin], upperBound: edges[bin + 1], count: count,
                positives: positives[bin],
                meanPredicted: count == 0 ? nil : sums[bin] / Double(count),
                observedRate: count == 0 ? nil : Double(positives[bin]) / Double(count)
            )
        }
    }

    /// The expected calibration error: Σ (nᵦ / N) · |observed rateᵦ − mean predictedᵦ| over the
    /// non-empty bins of `reliabilityTable` (Naeini, Cooper and Hauskrecht, AAAI 2015).
    ///
    /// - Parameters:
    ///   - labels: `true` for positives.
    ///   - probabilities: Predicted probabilities, in [0, 1].
    ///   - binCount: The number of equal-width bins (DESIGN.md: 10).
    /// - Returns: The ECE in [0, 1]; 0 is perfectly calibrated on these bins.
    /// - Throws: `ScoringError`, as for `reliabilityTable`.
    public static func expectedCalibrationError(
        labels: [Bool],
        probabilities: [Double],
        binCount: Int = 10
    ) throws -> Double {
        let table = try reliabilityTable(labels: labels, probabilities: probabilities, binCount: binCount)
        let total = Double(labels.count)
        return table.reduce(0.0) { sum, bin in
            guard let predicted = bin.meanPredicted, let observed = bin.observedRate else { return sum }
            return sum + Double(bin.count) / total * abs(observed - predicted)
        }
    }
}
