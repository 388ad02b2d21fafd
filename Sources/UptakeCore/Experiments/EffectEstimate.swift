/// A point estimate with its interval and, where one is defined, its p-value.
///
/// Encodes as `{estimate, ci_low, ci_high, standard_error, p_value?}`, the CLI's and API's JSON shape.
public struct EffectEstimate: Hashable, Sendable, Codable {
    /// The point estimate.
    public var estimate: Double
    /// Lower end of the interval.
    public var ciLow: Double
    /// Upper end of the interval.
    public var ciHigh: Double
    /// The standard error behind the interval (for a sequential interval, the fixed-sample one).
    public var standardError: Double
    /// The two-sided p-value against no effect, when the method defines one.
    public var pValue: Double?

    /// Makes an estimate.
    ///
    /// - Parameters:
    ///   - estimate: The point estimate.
    ///   - ciLow: Lower end of the interval.
    ///   - ciHigh: Upper end of the interval.
    ///   - standardError: The standard error.
    ///   - pValue: The p-value, if any.
    public init(estimate: Double, ciLow: Double, ciHigh: Double, standardError: Double, pValue: Double? = nil) {
        self.estimate = estimate
        self.ciLow = ciLow
        self.ciHigh = ciHigh
        self.standardError = standardError
        self.pValue = pValue
    }

    /// `true` when the interval lies wholly on one side of zero.
    public var excludesZero: Bool { ciLow > 0 || ciHigh < 0 }

    /// `true` when `value` lies inside the closed interval.
    ///
    /// - Parameter value: The value to test.
    /// - Returns: Whether the interval covers it.
    public func covers(_ value: Double) -> Bool { ciLow <= value && value <= ciHigh }

    enum CodingKeys: String, CodingKey {
        case estimate
        case ciLow = "ci_low"
        case ciHigh = "ci_high"
        case standardError = "standard_error"
        case pValue = "p_value"
    }
}
