/// Maps model scores to calibrated probabilities with an increasing step-and-ramp function fitted by
/// isotonic regression (pool-adjacent-violators), as scikit-learn's
/// `IsotonicRegression(increasing=True, out_of_bounds="clip")` does.
///
/// Fitting: observations with zero weight are dropped; observations are sorted by score; equal scores
/// (closer than 1e-15, numpy's `finfo(float64).resolution`, as scikit-learn's `_make_unique`) are merged
/// into one point whose outcome is their weighted mean and whose weight is their sum; the weighted
/// least-squares increasing fit is found by pool-adjacent-violators (Best and Chakravarti, 1990); points
/// whose value equals both neighbours' are dropped, leaving `thresholds` and `values`. Calibrating: a
/// score is clipped to [first threshold, last threshold] and linearly interpolated between thresholds.
/// The tests match scikit-learn's predictions on committed fixtures
/// (`scripts/fixtures/scoring/make_isotonic_fixture.py`).
///
/// Codable, so it is saved beside the model it calibrates.
///
/// ```swift
/// let calibrator = try IsotonicCalibrator(fitting: validationScores, labels: validationConverted)
/// let probability = calibrator.calibrate(0.37)
/// ```
public struct IsotonicCalibrator: Hashable, Sendable, Codable {
    /// The increasing scores at which the fitted function's value is known.
    public let thresholds: [Double]
    /// The fitted values at `thresholds`, non-decreasing.
    public let values: [Double]

    /// Rebuilds a calibrator from its thresholds and values (as saved).
    ///
    /// - Parameters:
    ///   - thresholds: Strictly increasing, finite scores; at least one.
    ///   - values: Non-decreasing finite values, one per threshold.
    /// - Throws: `ScoringError` when the arrays are empty, differ in length, or are not ordered.
    public init(thresholds: [Double], values: [Double]) throws {
        guard !thresholds.isEmpty else { throw ScoringError(.empty, "an isotonic calibrator needs a threshold") }
        guard thresholds.count == values.count else {
            throw ScoringError(.lengthMismatch, "\(thresholds.count) thresholds but \(values.count) values")
        }
        guard thresholds.allSatisfy(\.isFinite), values.allSatisfy(\.isFinite) else {
            throw ScoringError(.outOfRange, "isotonic thresholds and values must be finite")
        }
        guard zip(thresholds, thresholds.dropFirst()).allSatisfy({ $0 < $1 }),
              zip(values, values.dropFirst()).allSatisfy({ $0 <= $1 })
        else {
            throw ScoringError(.outOfRange, "isotonic thresholds must increase and values must not decrease")
        }
        self.thresholds = thresholds
        self.values = values
    }

    /// Fits the calibrator to binary outcomes.
    ///
    /// - Parameters:
    ///   - scores: Model scores (probabilities or margins), finite.
    ///   - labels: `true` where the lead converted.
    ///   - weights: Non-negative weights, or `nil` for equal weights.
    /// - Throws: `ScoringError`, as for `init(fitting:outcomes:weights:)`.
    public init(fitting scores: [Double], labels: [Bool], weights: [Double]? = nil) throws {
        try self.init(fitting: scores, outcomes: labels.map { $0 ? 1 : 0 }, weights: weights)
    }

    /// Fits the calibrator to numeric outcomes.
    ///
    /// - Parameters:
    ///   - scores: Model scores, finite.
    ///   - outcomes: Finite outcomes (1 and 0 for conversions).
    ///   - weights: Non-negative finite weights, or `nil` for equal weights.
    /// - Throws: `ScoringError` for mismatched lengths, non-finite numbers, negative weights, or no
    ///   observation with positive weight.
    public init(fitting scores: [Double], outcomes: [Double], weights: [Double]? = nil) throws {
        let weights = weights ?? [Double](repeating: 1, count: scores.count)
        guard scores.count == outcomes.count, scores.count == weights.count else {
            throw ScoringError(
                .lengthMismatch, "\(scores.count) scores, \(outcomes.count) outcomes, \(weights.count) weights"
            )
        }
        guard scores.allSatisfy(\.isFinite), outcomes.allSatisfy(\.isFinite) else {
            throw ScoringError(.outOfRange, "scores and outcomes must be finite")
        }
        guard weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw ScoringError(.outOfRange, "weights must be finite and non-negative")
        }
        // scikit-learn drops zero weights, then sorts by score and, for equal scores, by outcome.
        let order = scores.indices.filter { weights[$0] > 0 }.sorted {
            (scores[$0], outcomes[$0]) < (scores[$1], outcomes[$1])
        }
        guard !order.isEmpty else { throw ScoringError(.empty, "no observation with positive weight") }

        var points = Self.mergeEqualScores(order.map { (scores[$0], outcomes[$0], weights[$0]) })
        Self.poolAdjacentViolators(&points)

        // Keep the ends and every point whose value differs from a neighbour's.
        let kept = points.indices.filter { i in
            i == 0 || i == points.count - 1
                || points[i].value != points[i - 1].value || points[i].value != points[i + 1].value
        }
        try self.init(thresholds: kept.map { points[$0].score }, values: kept.map { points[$0].value })
    }

    /// The calibrated value of one score: clipped to the fitted range, interpolated linearly.
    ///
    /// - Parameter score: A model score; NaN gives NaN.
    /// - Returns: The calibrated probability.
    public func calibrate(_ score: Double) -> Double {
        guard !score.isNaN else { return .nan }
        let x = min(max(score, thresholds[0]), thresholds[thresholds.count - 1])
        // The first threshold at or above x (binary search), as scipy's interp1d finds its interval.
        var low = 0
        var high = thresholds.count - 1
        while low < high {
            let middle = (low + high) / 2
            if thresholds[middle] < x { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return values[0] }
        let (x0, x1, y0, y1) = (thresholds[low - 1], thresholds[low], values[low - 1], values[low])
        return (y1 - y0) / (x1 - x0) * (x - x0) + y0
    }

    /// The calibrated values of many scores.
    ///
    /// - Parameter scores: Model scores.
    /// - Returns: One calibrated probability per score.
    public func calibrate(_ scores: [Double]) -> [Double] {
        scores.map { calibrate($0) }
    }

    /// Decodes a saved calibrator, checking it as `init(thresholds:values:)` does.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: The decoder's error, or `ScoringError` for an invalid saved value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            thresholds: try container.decode([Double].self, forKey: .thresholds),
            values: try container.decode([Double].self, forKey: .values)
        )
    }

    private enum CodingKeys: String, CodingKey {
        case thresholds, values
    }

    /// A fitted point: a distinct score, its (pooled) value and weight.
    private typealias Point = (score: Double, value: Double, weight: Double)

    /// scikit-learn's `_make_unique`: sorted observations with scores closer than 1e-15 to the first of
    /// their run become one point with the weighted mean outcome and the summed weight.
    private static func mergeEqualScores(_ sorted: [(Double, Double, Double)]) -> [Point] {
        let resolution = 1e-15
        var points: [Point] = []
        var current = (score: sorted[0].0, weightedSum: 0.0, weight: 0.0)
        for (score, outcome, weight) in sorted {
            if score - current.score >= resolution {
                points.append((current.score, current.weightedSum / current.weight, current.weight))
                current = (score, 0, 0)
            }
            current.weightedSum += outcome * weight
            current.weight += weight
        }
        points.append((current.score, current.weightedSum / current.weight, current.weight))
        return points
    }

    /// Pool-adjacent-violators in one pass with backtracking, after scikit-learn's
    /// `_inplace_contiguous_isotonic_regression`: a block [i, j] is recorded as `end[i] = j`,
    /// `end[j] = i`; a block and the following ones are pooled while they do not increase.
    private static func poolAdjacentViolators(_ points: inout [Point]) {
        let n = points.count
        var y = points.map(\.value)
        var w = points.map(\.weight)
        var target = Array(0..<n)
        var i = 0
        while i < n {
            var k = target[i] + 1
            if k == n { break }
            if y[i] < y[k] {
                i = k
                continue
            }
            var sumWY = w[i] * y[i]
            var sumW = w[i]
            while true {
                let previous = y[k]
                sumWY += w[k] * y[k]
                sumW += w[k]
                k = target[k] + 1
                if k == n || previous < y[k] {
                    y[i] = sumWY / sumW
                    w[i] = sumW
                    target[i] = k - 1
                    target[k - 1] = i
                    if i > 0 { i = target[i - 1] }
                    break
                }
            }
        }
        var start = 0
        while start < n {
            let next = target[start] + 1
            for j in start..<next { points[j].value = y[start] }
            start = next
        }
    }
}
