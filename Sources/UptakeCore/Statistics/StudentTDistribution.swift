import Foundation

/// Student's t distribution with ν degrees of freedom (ν may be fractional, as in Welch's test).
public struct StudentTDistribution: Hashable, Sendable {
    /// The degrees of freedom (positive).
    public var degreesOfFreedom: Double

    /// Makes a t distribution.
    ///
    /// - Parameter degreesOfFreedom: ν > 0.
    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The cumulative distribution function P(T ≤ t).
    ///
    /// Uses P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2) (Abramowitz & Stegun 26.7.1 with 26.5.27).
    /// - Parameter t: The point.
    /// - Returns: The probability.
    public func cdf(_ t: Double) -> Double {
        if t.isInfinite { return t > 0 ? 1 : 0 }
        let tail = 0.5 * twoSidedTail(t)
        return t > 0 ? 1 - tail : tail
    }

    /// P(|T| > |t|), the two-sided p-value of an observed statistic `t`.
    ///
    /// - Parameter t: The observed statistic.
    /// - Returns: The two-sided tail probability.
    public func twoSidedTail(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        if degreesOfFreedom.isInfinite { return 2 * NormalDistribution.standard.survival(abs(t)) }
        return SpecialFunctions.regularizedIncompleteBeta(nu / (nu + t * t), a: nu / 2, b: 0.5)
    }

    /// The quantile function: the `t` with P(T ≤ t) = p.
    ///
    /// Solved by Brent's method on the CDF; for p > 0.5 the upper tail is solved directly so that
    /// quantiles such as 0.975 keep full precision.
    /// - Parameter p: A probability in (0, 1).
    /// - Returns: The quantile.
    public func quantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        if p == 0.5 { return 0 }
        if degreesOfFreedom.isInfinite { return NormalDistribution.standardQuantile(p) }
        let upper = p > 0.5
        let tailTarget = 2 * (upper ? 1 - p : p)
        // Bracket: the t quantile is at least the normal one; grow the upper end until it covers.
        var hi = max(1.0, abs(NormalDistribution.standardQuantile(p)) * 2)
        while twoSidedTail(hi) > tailTarget { hi *= 2 }
        let root = (try? RootFinder.brent(lower: 0, upper: hi) { t in
            // Work in log space so that far tails keep relative precision.
            log(self.twoSidedTail(t)) - log(tailTarget)
        }) ?? .nan
        return upper ? root : -root
    }
}
