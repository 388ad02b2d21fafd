import Foundation

/// An L2-regularised logistic regression, fitted by Newton's method.
///
/// It minimises scikit-learn's objective for `LogisticRegression(penalty="l2", C=C)` fitted with
/// `sample_weight=s`: `C · Σᵢ sᵢ·[log(1 + exp(ηᵢ)) − yᵢ·ηᵢ] + ½·‖w‖²` with `ηᵢ = b + xᵢ·w`, the intercept
/// `b` not penalised (scikit-learn's `_logistic_loss_and_grad`; without weights every `sᵢ` is 1). The objective is strictly convex, so Newton's method with a
/// halving line search reaches the one minimum; each step solves the `(p+1)×(p+1)` Hessian system by
/// Cholesky factorisation. The tests match scikit-learn's coefficients on committed fixtures
/// (`scripts/fixtures/scoring/make_logistic_fixture.py`).
///
/// ```swift
/// let model = try LogisticRegression.fit(rows: x, rowCount: n, columnCount: p, labels: converted)
/// let logOdds = model.margin(Array(x[0..<p]))
/// ```
public struct LogisticRegression: Hashable, Sendable, Codable {
    /// One coefficient per column.
    public var weights: [Double]
    /// The intercept (log-odds when every column is 0).
    public var intercept: Double

    /// Makes a model from its coefficients (as saved).
    ///
    /// - Parameters:
    ///   - weights: One coefficient per column.
    ///   - intercept: The intercept.
    public init(weights: [Double], intercept: Double) {
        self.weights = weights
        self.intercept = intercept
    }

    /// The log-odds of one row.
    ///
    /// - Parameter row: One value per column.
    /// - Returns: `intercept + row · weights`.
    public func margin(_ row: some Collection<Double>) -> Double {
        zip(row, weights).reduce(intercept) { $0 + $1.0 * $1.1 }
    }

    /// Fits the model.
    ///
    /// - Parameters:
    ///   - rows: `rowCount × columnCount` finite values, row after row.
    ///   - rowCount: The number of rows.
    ///   - columnCount: The number of columns.
    ///   - labels: One outcome per row.
    ///   - inverseRegularization: scikit-learn's `C` (larger: weaker penalty), positive.
    ///   - sampleWeights: One non-negative weight per row (scikit-learn's `sample_weight`); `nil` weighs
    ///     every row 1.
    ///   - tolerance: Stop when no coefficient moves by more than this in a step.
    ///   - maxIterations: The most Newton steps.
    /// - Returns: The fitted model.
    /// - Throws: `ScoringError` for mismatched sizes, non-finite values, a non-positive `C`, a negative or
    ///   non-finite weight, or no convergence within `maxIterations`.
    public static func fit(
        rows: [Double],
        rowCount: Int,
        columnCount: Int,
        labels: [Bool],
        inverseRegularization: Double = 1,
        sampleWeights: [Double]? = nil,
        tolerance: Double = 1e-10,
        maxIterations: Int = 100
    ) throws -> LogisticRegression {
        guard rows.count == rowCount * columnCount, labels.count == rowCount else {
            throw ScoringError(
                .lengthMismatch, "\(rows.count) values and \(labels.count) labels for \(rowCount)×\(columnCount)"
            )
        }
        guard rowCount > 0 else { throw ScoringError(.empty, "a logistic regression needs at least one row") }
        guard rows.allSatisfy(\.isFinite) else {
            throw ScoringError(.outOfRange, "logistic regression inputs must be finite")
        }
        guard inverseRegularization > 0, inverseRegularization.isFinite else {
            throw ScoringError(.outOfRange, "the inverse regularisation C = \(inverseRegularization) must be positive")
        }
        if let sampleWeights {
            guard sampleWeights.count == rowCount else {
                throw ScoringError(.lengthMismatch, "\(sampleWeights.count) sample weights for \(rowCount) rows")
            }
            guard sampleWeights.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw ScoringError(.outOfRange, "sample weights must be finite and not negative")
            }
        }
        let c = inverseRegularization
        let rowWeights = sampleWeights ?? [Double](repeating: 1, count: rowCount)
        let size = columnCount + 1  // The intercept is the last unknown.
        var beta = [Double](repeating: 0, count: size)
        var objective = Self.objective(beta, rows, rowCount, columnCount, labels, rowWeights, c)
        for _ in 0..<maxIterations {
            var gradient = [Double](repeating: 0, count: size)
            var hessian = [Double](repeating: 0, count: size * size)  // Upper triangle, row-major.
            var nonzero: [Int] = []
            nonzero.reserveCapacity(columnCount)
            rows.withUnsafeBufferPointer { x in
                for i in 0..<rowCount {
                    let base = i * columnCount
                    // Only a row's non-zero values add to the Hessian: one-hot rows are mostly zeros.
                    nonzero.removeAll(keepingCapacity: true)
                    var eta = beta[columnCount]
                    for j in 0..<columnCount where x[base + j] != 0 {
                        nonzero.append(j)
                        eta += x[base + j] * beta[j]
                    }
                    let p = Self.sigmoid(eta)
                    let residual = c * rowWeights[i] * (p - (labels[i] ? 1 : 0))
                    let curvature = c * rowWeights[i] * p * (1 - p)
                    for (position, j) in nonzero.enumerated() {
                        let xj = x[base + j]
                        gradient[j] += residual * xj
                        let scaled = curvature * xj
                        let offset = j * size
                        for k in nonzero[position...] { hessian[offset + k] += scaled * x[base + k] }
                        hessian[offset + columnCount] += scaled
                    }
                    gradient[columnCount] += residual
                    hessian[columnCount * size + columnCount] += curvature
                }
            }
            for j in 0..<columnCount {
                gradient[j] += beta[j]
                hessian[j * size + j] += 1
            }
            for j in 0..<size { for k in 0..<j { hessian[j * size + k] = hessian[k * size + j] } }
            let step = try Self.solve(hessian, gradient, size)
            // Halve the step until the objective does not rise (a full step almost always does).
            var scale = 1.0
            var candidate = beta
            var candidateObjective = objective
            for _ in 0..<30 {
                candidate = zip(beta, step).map { $0 - scale * $1 }
                candidateObjective = Self.objective(candidate, rows, rowCount, columnCount, labels, rowWeights, c)
                if candidateObjective <= objective { break }
                scale /= 2
            }
            let moved = zip(beta, candidate).map { abs($0 - $1) }.max() ?? 0
            beta = candidate
            objective = candidateObjective
            if moved <= tolerance {
                return LogisticRegression(weights: Array(beta[..<columnCount]), intercept: beta[columnCount])
            }
        }
        throw ScoringError(.outOfRange, "logistic regression did not converge in \(maxIterations) Newton steps")
    }

    /// The logistic function, without overflow for large |x|.
    static func sigmoid(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }

    /// scikit-learn's penalised objective at `beta` (weights, then the intercept).
    private static func objective(
        _ beta: [Double], _ rows: [Double], _ rowCount: Int, _ columnCount: Int, _ labels: [Bool],
        _ rowWeights: [Double], _ c: Double
    ) -> Double {
        var loss = 0.0
        for i in 0..<rowCount {
            var eta = beta[columnCount]
            for j in 0..<columnCount { eta += rows[i * columnCount + j] * beta[j] }
            // log(1 + e^η) − y·η, computed stably.
            loss += rowWeights[i] * (max(eta, 0) + log1p(exp(-abs(eta))) - (labels[i] ? eta : 0))
        }
        let penalty = beta[..<columnCount].reduce(0) { $0 + $1 * $1 } / 2
        return c * loss + penalty
    }

    /// Solves `A·x = b` for a symmetric positive definite `A` (row-major) by Cholesky factorisation.
    private static func solve(_ a: [Double], _ b: [Double], _ n: Int) throws -> [Double] {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    guard sum > 0 else {
                        throw ScoringError(.outOfRange, "the logistic regression's Hessian is not positive definite")
                    }
                    l[i * n + i] = sum.squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        var y = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = b[i]
            for k in 0..<i { sum -= l[i * n + k] * y[k] }
            y[i] = sum / l[i * n + i]
        }
        var x = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = y[i]
            for k in (i + 1)..<n { sum -= l[k * n + i] * x[k] }
            x[i] = sum / l[i * n + i]
        }
        return x
    }
}
