/// Brent's method for a root of a continuous function inside a bracket.
///
/// Used for distribution quantiles, the IRR and the minimum detectable effect. The algorithm is
/// Brent (1973), "Algorithms for Minimization without Derivatives", ch. 4 (the `zeroin` routine):
/// inverse quadratic interpolation with a bisection safeguard, so it never leaves the bracket.
public enum RootFinder {
    /// Finds `x` in `[lower, upper]` with `f(x) = 0`.
    ///
    /// - Parameters:
    ///   - lower: One end of the bracket.
    ///   - upper: The other end; `f(lower)` and `f(upper)` must not have the same sign.
    ///   - tolerance: Absolute tolerance on `x` (a relative term of machine precision is added).
    ///   - maxIterations: Give up after this many steps.
    ///   - f: The function.
    /// - Returns: The root.
    /// - Throws: ``StatisticsError`` `.invalidArgument` when the ends do not bracket a root,
    ///   `.noConvergence` when the iteration limit is hit.
    public static func brent(
        lower: Double, upper: Double, tolerance: Double = 1e-15, maxIterations: Int = 500,
        _ f: (Double) -> Double
    ) throws -> Double {
        var a = lower, b = upper
        var fa = f(a), fb = f(b)
        if fa == 0 { return a }
        if fb == 0 { return b }
        guard fa.sign != fb.sign, fa.isFinite, fb.isFinite else {
            throw StatisticsError(.invalidArgument, "f(\(lower)) and f(\(upper)) do not bracket a root")
        }
        var c = a, fc = fa
        var d = b - a, e = d
        for _ in 0..<maxIterations {
            if fb.sign == fc.sign {
                c = a; fc = fa; d = b - a; e = d
            }
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tol = 2 * Double.ulpOfOne * abs(b) + 0.5 * tolerance
            let m = 0.5 * (c - b)
            if abs(m) <= tol || fb == 0 { return b }
            if abs(e) >= tol && abs(fa) > abs(fb) {
                // Interpolate: secant when only two points are distinct, inverse quadratic otherwise.
                let s = fb / fa
                var p: Double, q: Double
                if a == c {
                    p = 2 * m * s
                    q = 1 - s
                } else {
                    let qa = fa / fc, r = fb / fc
                    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q } else { p = -p }
                if 2 * p < min(3 * m * q - abs(tol * q), abs(e * q)) {
                    e = d; d = p / q
                } else {
                    d = m; e = m
                }
            } else {
                d = m; e = m
            }
            a = b; fa = fb
            b += abs(d) > tol ? d : (m > 0 ? tol : -tol)
            fb = f(b)
        }
        throw StatisticsError(.noConvergence, "Brent's method did not converge in \(maxIterations) steps")
    }
}
