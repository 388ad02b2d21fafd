/// CUPED: the treatment effect adjusted for the pre-period metric (Deng, Xu, Kohavi & Walker 2013).
///
/// Fitted as the regression Y = a + τ·T + θ·(X − X̄) + e by ordinary least squares, so θ is the
/// pooled within-arm slope cov(X, Y) / var(X) and τ is the adjusted effect. Its standard error is the
/// HC2 sandwich (MacKinnon & White 1985), which Lin (2013) shows is conservative for randomized
/// experiments; the interval uses Student t with n − 3 degrees of freedom. This is exactly statsmodels'
/// `OLS(Y, [1, T, X − X̄]).fit(cov_type="HC2", use_t=True)`, which the tests compare against.
public struct CUPEDAdjustment: Hashable, Sendable {
    /// The adjusted treatment effect τ with its HC2 interval and p-value.
    public var effect: EffectEstimate
    /// The covariate slope θ.
    public var theta: Double
    /// 1 − (adjusted SE / unadjusted Welch SE)²: the share of the effect's variance the pre-period removed.
    public var varianceReduction: Double

    /// Fits the adjustment.
    ///
    /// - Parameters:
    ///   - observations: Rows that all carry a pre-period metric.
    ///   - unadjustedStandardError: The Welch standard error of the unadjusted difference, for
    ///     ``varianceReduction``.
    ///   - alpha: One minus the confidence level.
    /// - Throws: ``StatisticsError`` `.insufficientData` when a pre-period value is missing or fewer than
    ///   four rows remain, `.noVariation` when the design is singular (X constant, or one arm empty).
    public init(observations: [PilotObservation], unadjustedStandardError: Double, alpha: Double = 0.05) throws {
        let n = observations.count
        guard n >= 4 else { throw StatisticsError(.insufficientData, "CUPED needs at least four reps") }
        var pre = [Double]()
        pre.reserveCapacity(n)
        for row in observations {
            guard let x = row.preMetric else {
                throw StatisticsError(.insufficientData, "CUPED needs a pre-period value for every rep")
            }
            pre.append(x)
        }
        let meanX = pre.reduce(0, +) / Double(n)
        let design = observations.indices.map { i in
            [1.0, observations[i].arm == .treatment ? 1.0 : 0.0, pre[i] - meanX]
        }
        // Bread: (X'X)⁻¹.
        var xtx = [[Double]](repeating: [0, 0, 0], count: 3)
        var xty = [0.0, 0.0, 0.0]
        for (row, obs) in zip(design, observations) {
            for a in 0..<3 {
                xty[a] += row[a] * obs.metric
                for b in 0..<3 { xtx[a][b] += row[a] * row[b] }
            }
        }
        guard let bread = Self.inverse3(xtx) else {
            throw StatisticsError(.noVariation,
                                  "CUPED design is singular: the pre-period metric or the arm is constant")
        }
        let beta = (0..<3).map { a in (0..<3).reduce(0.0) { $0 + bread[a][$1] * xty[$1] } }
        // Meat: Σ xᵢxᵢᵀ eᵢ² / (1 − hᵢᵢ), hᵢᵢ the leverage (HC2).
        var meat = [[Double]](repeating: [0, 0, 0], count: 3)
        for (row, obs) in zip(design, observations) {
            let fitted = (0..<3).reduce(0.0) { $0 + row[$1] * beta[$1] }
            let residual = obs.metric - fitted
            var leverage = 0.0
            for a in 0..<3 { for b in 0..<3 { leverage += row[a] * bread[a][b] * row[b] } }
            let weight = residual * residual / (1 - leverage)
            for a in 0..<3 { for b in 0..<3 { meat[a][b] += row[a] * row[b] * weight } }
        }
        // Only the arm coefficient's variance is needed: (bread · meat · bread)[1][1].
        var variance = 0.0
        for a in 0..<3 { for b in 0..<3 { variance += bread[1][a] * meat[a][b] * bread[b][1] } }
        let se = variance.squareRoot()
        // A rep with leverage 1 (alone at its pre-period value in its arm) makes HC2 divide by zero; statsmodels
        // gives NaN there too. Report that CUPED is undefined rather than a NaN interval.
        guard se.isFinite else {
            throw StatisticsError(.noVariation, "CUPED's HC2 standard error is undefined (a rep has leverage 1)")
        }
        let t = StudentTDistribution(degreesOfFreedom: Double(n - 3))
        let half = t.quantile(1 - alpha / 2) * se
        theta = beta[2]
        effect = EffectEstimate(
            estimate: beta[1], ciLow: beta[1] - half, ciHigh: beta[1] + half, standardError: se,
            pValue: t.twoSidedTail(beta[1] / se)
        )
        varianceReduction = 1 - variance / (unadjustedStandardError * unadjustedStandardError)
    }

    /// The inverse of a 3 × 3 matrix by cofactors, or `nil` when it is (numerically) singular.
    static func inverse3(_ m: [[Double]]) -> [[Double]]? {
        let c00 = m[1][1] * m[2][2] - m[1][2] * m[2][1]
        let c01 = m[1][2] * m[2][0] - m[1][0] * m[2][2]
        let c02 = m[1][0] * m[2][1] - m[1][1] * m[2][0]
        let det = m[0][0] * c00 + m[0][1] * c01 + m[0][2] * c02
        let scale = m.joined().map(abs).max() ?? 0
        guard det != 0, abs(det) > 1e-12 * scale * scale * scale else { return nil }
        let inv = 1 / det
        return [
            [c00 * inv, (m[0][2] * m[2][1] - m[0][1] * m[2][2]) * inv, (m[0][1] * m[1][2] - m[0][2] * m[1][1]) * inv],
            [c01 * inv, (m[0][0] * m[2][2] - m[0][2] * m[2][0]) * inv, (m[0][2] * m[1][0] - m[0][0] * m[1][2]) * inv],
            [c02 * inv, (m[0][1] * m[2][0] - m[0][0] * m[2][1]) * inv, (m[0][0] * m[1][1] - m[0][1] * m[1][0]) * inv],
        ]
    }
}
