/// A series of cash flows per period, the first at t = 0: NPV, IRR and payback.
///
/// Conventions follow numpy-financial (`npf.npv`, `npf.irr`), against which the tests compare:
/// NPV = Σₜ cₜ / (1 + r)ᵗ with t starting at 0 (so c₀ is not discounted).
///
/// ```swift
/// let flows = CashFlows([-100_000, 30_000, 40_000, 50_000, 20_000])
/// flows.npv(rate: 0.08)        // 16_463.54 (npf.npv: 16463.539696786655)
/// flows.irr().rate             // 0.153221… (npf.irr: 0.15322137877181508)
/// flows.payback()              // 2.6 periods
/// ```
public struct CashFlows: Hashable, Sendable, Codable {
    /// The cash flows c₀, c₁, …; negative is money out.
    public var values: [Double]

    /// Makes a series.
    ///
    /// - Parameter values: The cash flows, the first at t = 0.
    public init(_ values: [Double]) {
        self.values = values
    }

    /// The net present value at a per-period discount rate.
    ///
    /// - Parameter rate: The discount rate per period (0.01 = 1 %); must be greater than −1.
    /// - Returns: Σₜ cₜ / (1 + rate)ᵗ.
    public func npv(rate: Double) -> Double {
        // Horner's scheme in v = 1 / (1 + r), from the last flow back: one division, no pow.
        let v = 1 / (1 + rate)
        return values.reversed().reduce(0.0) { $0 * v + $1 }
    }

    /// How many times the cash flows change sign (zeros skipped); by Descartes' rule of signs, an upper
    /// bound on the number of internal rates of return.
    public var signChanges: Int {
        let signs = values.filter { $0 != 0 }.map { $0 > 0 }
        return zip(signs, signs.dropFirst()).filter { $0 != $1 }.count
    }

    /// The periods until the cumulative cash flow first reaches zero, or `nil` if it never does.
    ///
    /// numpy-financial has no payback function; this is the usual definition: with Sₜ = c₀ + … + cₜ and
    /// k the first period with Sₖ ≥ 0, payback = (k − 1) + (−Sₖ₋₁) / cₖ, interpolating linearly within
    /// period k (the flow of a period is taken to arrive evenly through it). 0 when c₀ ≥ 0.
    /// - Returns: The fractional number of periods, or `nil` when never paid back within the series.
    public func payback() -> Double? {
        Self.payback(of: values)
    }

    /// The payback of the discounted flows cₜ / (1 + rate)ᵗ, as ``payback()``.
    ///
    /// - Parameter rate: The discount rate per period.
    /// - Returns: The fractional number of periods, or `nil` when never paid back within the series.
    public func discountedPayback(rate: Double) -> Double? {
        var factor = 1.0
        var discounted = [Double]()
        discounted.reserveCapacity(values.count)
        for value in values {
            discounted.append(value / factor)
            factor *= 1 + rate
        }
        return Self.payback(of: discounted)
    }

    private static func payback(of flows: [Double]) -> Double? {
        guard let first = flows.first else { return nil }
        if first >= 0 { return 0 }
        var cumulative = first
        for k in 1..<max(1, flows.count) {
            let next = cumulative + flows[k]
            if next >= 0 {
                return Double(k - 1) + (-cumulative) / flows[k]
            }
            cumulative = next
        }
        return nil
    }
}
