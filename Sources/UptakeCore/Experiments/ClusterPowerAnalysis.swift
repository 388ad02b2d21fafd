import Foundation

/// Power and minimum detectable effect (MDE) for a pilot randomized by rep (a cluster design).
///
/// With m observations per rep and intraclass correlation ρ, the variance of an arm mean is inflated by
/// the design effect DE = 1 + (m − 1)·ρ (Kish 1965; Donner & Klar 2000), so each arm behaves like
/// nᵢ·m / DE independent observations. Power is two-sided for a z test, including the far tail:
/// Φ(δ/se − z₁₋α/₂) + Φ(−δ/se − z₁₋α/₂), exactly statsmodels' `NormalIndPower` with those effective
/// sample sizes and effect size δ/σ, which the tests compare against.
public struct ClusterPowerAnalysis: Hashable, Sendable, Codable {
    /// The standard deviation of one observation (one rep-week, say).
    public var standardDeviation: Double
    /// Observations per rep over the pilot.
    public var observationsPerRep: Double
    /// The intraclass correlation (use ``IntraclassCorrelation/clamped``).
    public var icc: Double
    /// The two-sided significance level.
    public var alpha: Double
    /// Share of reps in treatment.
    public var treatmentShare: Double

    /// Makes a power analysis.
    ///
    /// - Parameters:
    ///   - standardDeviation: SD of one observation.
    ///   - observationsPerRep: Observations per rep (m).
    ///   - icc: Intraclass correlation (ρ).
    ///   - alpha: Significance level.
    ///   - treatmentShare: Treatment share.
    public init(standardDeviation: Double, observationsPerRep: Double, icc: Double, alpha: Double = 0.05,
                treatmentShare: Double = 0.5) {
        self.standardDeviation = standardDeviation
        self.observationsPerRep = observationsPerRep
        self.icc = icc
        self.alpha = alpha
        self.treatmentShare = treatmentShare
    }

    /// The design effect 1 + (m − 1)·ρ.
    public var designEffect: Double { 1 + (observationsPerRep - 1) * icc }

    /// The standard error of the difference in arm means (per observation) with `reps` reps in all.
    ///
    /// - Parameter reps: Total reps in the pilot.
    /// - Returns: The standard error.
    public func standardError(reps: Int) -> Double {
        let nt = Double(reps) * treatmentShare, nc = Double(reps) * (1 - treatmentShare)
        return standardDeviation * (designEffect / observationsPerRep * (1 / nt + 1 / nc)).squareRoot()
    }

    /// The probability of a significant result when the true effect is `effect`.
    ///
    /// - Parameters:
    ///   - effect: The true difference in means (per observation).
    ///   - reps: Total reps.
    /// - Returns: The power.
    public func power(effect: Double, reps: Int) -> Double {
        let z = NormalDistribution.standardQuantile(1 - alpha / 2)
        let shift = abs(effect) / standardError(reps: reps)
        let normal = NormalDistribution.standard
        return normal.cdf(shift - z) + normal.cdf(-shift - z)
    }

    /// The smallest effect detected with probability `power`.
    ///
    /// - Parameters:
    ///   - reps: Total reps.
    ///   - power: Target power (0.8).
    /// - Returns: The minimum detectable effect (per observation).
    /// - Throws: ``StatisticsError`` `.invalidArgument` when `power` is not above alpha or not below 1.
    public func minimumDetectableEffect(reps: Int, power: Double = 0.8) throws -> Double {
        guard power > alpha, power < 1 else {
            throw StatisticsError(.invalidArgument, "power must lie between alpha and 1")
        }
        let se = standardError(reps: reps)
        return try RootFinder.brent(lower: 0, upper: 40 * se, tolerance: 1e-14 * se) {
            self.power(effect: $0, reps: reps) - power
        }
    }

    /// The fewest total reps that detect `effect` with probability `power`.
    ///
    /// - Parameters:
    ///   - effect: The effect to detect.
    ///   - power: Target power.
    /// - Returns: Total reps (both arms), or `nil` if more than a million would be needed.
    public func repsNeeded(effect: Double, power: Double = 0.8) -> Int? {
        var reps = 4
        while reps <= 1_000_000 {
            if self.power(effect: effect, reps: reps) >= power { return reps }
            reps += reps < 1_000 ? 1 : reps / 100
        }
        return nil
    }
}
