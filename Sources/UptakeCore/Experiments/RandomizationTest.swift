/// A randomization-inference p-value for a difference in means: re-draw the arm labels.
///
/// Under the sharp null (no rep's outcome depends on its arm) every relabelling with the same arm sizes
/// was equally likely, so the p-value is the share of relabellings whose |difference in means| is at
/// least the observed one (Fisher 1935; Imbens & Rubin 2015, ch. 5). Small pilots are enumerated
/// exactly; larger ones use seeded random relabellings with the (1 + count) / (1 + draws) correction.
/// Checked against `scipy.stats.permutation_test(permutation_type="independent")`.
public struct RandomizationTest: Hashable, Sendable {
    /// The p-value.
    public var pValue: Double
    /// `true` when all relabellings were enumerated.
    public var isExact: Bool
    /// How many relabellings were evaluated.
    public var relabellings: Int

    /// Runs the test.
    ///
    /// - Parameters:
    ///   - treatment: Outcomes of the treatment reps.
    ///   - control: Outcomes of the control reps.
    ///   - draws: Random relabellings when enumeration is too large.
    ///   - exactLimit: Enumerate exactly when C(n, nₜ) is at most this.
    ///   - generator: Seeded randomness for the random relabellings.
    public init<G: RandomNumberGenerator>(
        treatment: [Double], control: [Double], draws: Int = 10_000, exactLimit: Int = 50_000,
        using generator: inout G
    ) {
        let pooled = treatment + control
        let n = pooled.count, k = treatment.count
        guard k > 0, k < n else {
            pValue = 1; isExact = true; relabellings = 1
            return
        }
        let total = pooled.reduce(0, +)
        func statistic(_ treatmentSum: Double) -> Double {
            abs(treatmentSum / Double(k) - (total - treatmentSum) / Double(n - k))
        }
        let observed = statistic(treatment.reduce(0, +))
        // Relabellings whose statistic equals the observed one up to rounding count as "at least as
        // extreme" (scipy uses the same relative slack).
        let threshold = observed - abs(observed) * 1e-12
        if let combinations = Self.binomial(n, k), combinations <= exactLimit {
            var atLeast = 0
            Self.enumerateSums(pooled, choose: k) { sum in
                if statistic(sum) >= threshold { atLeast += 1 }
            }
            pValue = Double(atLeast) / Double(combinations)
            isExact = true
            relabellings = combinations
            return
        }
        var values = pooled
        var atLeast = 0
        for _ in 0..<draws {
            // Partial Fisher–Yates: the first k slots are a uniform random treatment group.
            var sum = 0.0
            for i in 0..<k {
                let j = Int.random(in: i..<n, using: &generator)
                values.swapAt(i, j)
                sum += values[i]
            }
            if statistic(sum) >= threshold { atLeast += 1 }
        }
        pValue = Double(atLeast + 1) / Double(draws + 1)
        isExact = false
        relabellings = draws
    }

    /// C(n, k), or `nil` when it overflows.
    static func binomial(_ n: Int, _ k: Int) -> Int? {
        let k = min(k, n - k)
        var result = 1
        for i in 0..<k {
            let (product, overflow) = result.multipliedReportingOverflow(by: n - i)
            if overflow { return nil }
            result = product / (i + 1)
        }
        return result
    }

    /// Calls `body` with the sum of every k-subset of `values`.
    private static func enumerateSums(_ values: [Double], choose k: Int, _ body: (Double) -> Void) {
        func recurse(_ start: Int, _ remaining: Int, _ sum: Double) {
            if remaining == 0 { body(sum); return }
            if values.count - start < remaining { return }
            for i in start...(values.count - remaining) {
                recurse(i + 1, remaining - 1, sum + values[i])
            }
        }
        recurse(0, k, 0)
    }
}
