import Foundation

extension CashFlows {
    /// The internal rate of return: the rate at which the NPV is zero.
    ///
    /// Found by Brent's method inside a bracket (``RootFinder``). With one sign change the NPV is monotone
    /// in v = 1/(1 + r) on its only positive root, so the bracket (−0.9999, upper] with the upper end grown
    /// until the NPV changes sign always holds it. With several sign changes a log-spaced scan of
    /// 1 + r over [10⁻⁴, 10⁶] (raised at the low end where the NPV overflows) brackets each root it can
    /// see, and the one nearest zero is reported.
    /// - Returns: The rate and its status.
    public func irr() -> InternalRateOfReturn {
        let changes = signChanges
        if changes == 0 { return InternalRateOfReturn(rate: nil, status: .none) }
        // The NPV at rates near −100 % grows like (1 + r)^−T and overflows for long series; start from the
        // lowest rate at which it is still finite.
        guard let lowest = [-0.9999, -0.999, -0.99, -0.9, -0.5, 0].first(where: { npv(rate: $0).isFinite }) else {
            return InternalRateOfReturn(rate: nil, status: .notFound)
        }
        if changes == 1 {
            var upper = 1.0
            while npv(rate: upper).sign == npv(rate: lowest).sign && upper < 1e6 { upper *= 4 }
            if let rate = try? RootFinder.brent(lower: lowest, upper: upper, tolerance: 1e-16, { npv(rate: $0) }) {
                return InternalRateOfReturn(rate: rate, status: .unique)
            }
            return InternalRateOfReturn(rate: nil, status: .notFound)
        }
        var roots = [Double]()
        let steps = 4_000
        var previousRate = lowest, previousNPV = npv(rate: lowest)
        for step in 1...steps {
            // 1 + r from 1 + lowest to 1e6, evenly in log space.
            let rate = exp(log(1 + lowest) + Double(step) / Double(steps) * (log(1e6) - log(1 + lowest))) - 1
            let value = npv(rate: rate)
            guard value.isFinite else { continue }
            if value == 0 {
                roots.append(rate)
            } else if value.sign != previousNPV.sign, previousNPV != 0,
                      let root = try? RootFinder.brent(lower: previousRate, upper: rate, tolerance: 1e-16,
                                                       { npv(rate: $0) }) {
                roots.append(root)
            }
            previousRate = rate
            previousNPV = value
        }
        guard let nearest = roots.min(by: { abs($0) < abs($1) }) else {
            return InternalRateOfReturn(rate: nil, status: .notFound)
        }
        return InternalRateOfReturn(rate: nearest, status: .mayBeSeveral)
    }
}
