import Foundation

/// The chi-squared distribution with k degrees of freedom.
public struct ChiSquaredDistribution: Hashable, Sendable {
    /// The degrees of freedom (positive).
    public var degreesOfFreedom: Double

    /// Makes a chi-squared distribution.
    ///
    /// - Parameter degreesOfFreedom: k > 0.
    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The cumulative distribution function P(X ≤ x) = P(k/2, x/2).
    ///
    /// - Parameter x: The point.
    /// - Returns: The probability.
    public func cdf(_ x: Double) -> Double {
        SpecialFunctions.regularizedLowerGamma(degreesOfFreedom / 2, x / 2)
    }

    /// The survival function P(X > x) = Q(k/2, x/2), the p-value of a chi-squared statistic.
    ///
    /// - Parameter x: The point.
    /// - Returns: The probability.
    public func survival(_ x: Double) -> Double {
        SpecialFunctions.regularizedUpperGamma(degreesOfFreedom / 2, x / 2)
    }

    /// The quantile function: the `x` with P(X ≤ x) = p.
    ///
    /// - Parameter p: A probability in (0, 1).
    /// - Returns: The quantile.
    public func quantile(_ p: Double) -> Double {
        if p <= 0 { return 0 }
        if p >= 1 { return .infinity }
        var hi = max(1.0, degreesOfFreedom)
        while cdf(hi) < p { hi *= 2 }
        // Solve on whichever tail is smaller so that quantiles such as 0.999 keep relative precision.
        if p > 0.5 {
            let target = 1 - p
            return (try? RootFinder.brent(lower: 0, upper: hi) { x in target - self.survival(x) }) ?? .nan
        }
        return (try? RootFinder.brent(lower: 0, upper: hi) { x in self.cdf(x) - p }) ?? .nan
    }
}
