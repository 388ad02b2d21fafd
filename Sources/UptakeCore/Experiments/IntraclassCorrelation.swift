/// The intraclass correlation (ICC) of an outcome within reps, by the one-way ANOVA estimator.
///
/// ICC = (MSB − MSW) / (MSB + (m₀ − 1)·MSW), with m₀ = (N − Σnᵢ²/N) / (k − 1) the adjusted mean group
/// size for unequal groups (Donner 1986, "A review of inference procedures for the intraclass
/// correlation coefficient in the one-way random effects model"). Negative estimates are reported as
/// they are; ``clamped`` gives max(0, ICC) for design calculations. MSB / MSW is the one-way ANOVA F,
/// which the tests compare with `scipy.stats.f_oneway`.
public struct IntraclassCorrelation: Hashable, Sendable, Codable {
    /// The ICC estimate (may be slightly negative by chance).
    public var icc: Double
    /// Mean square between groups.
    public var meanSquareBetween: Double
    /// Mean square within groups.
    public var meanSquareWithin: Double
    /// The adjusted mean group size m₀.
    public var adjustedGroupSize: Double

    /// The ANOVA F statistic, MSB / MSW.
    public var fStatistic: Double { meanSquareBetween / meanSquareWithin }
    /// max(0, ICC), for the design effect.
    public var clamped: Double { max(0, icc) }

    /// Estimates the ICC from history.
    ///
    /// - Parameter groups: One array of observations per rep (for example weekly conversions).
    /// - Throws: ``StatisticsError`` `.insufficientData` with fewer than two non-empty groups or no
    ///   within-group degrees of freedom, `.noVariation` when nothing varies within groups.
    public init(groups: [[Double]]) throws {
        let groups = groups.filter { !$0.isEmpty }
        let k = Double(groups.count)
        let n = Double(groups.reduce(0) { $0 + $1.count })
        guard groups.count >= 2, n > k else {
            throw StatisticsError(.insufficientData, "the ICC needs two or more reps with repeated observations")
        }
        let grand = groups.reduce(0.0) { $0 + $1.reduce(0, +) } / n
        var between = 0.0, within = 0.0, sumSquaredSizes = 0.0
        for group in groups {
            let moments = SampleMoments(group)
            let size = Double(group.count)
            between += size * (moments.mean - grand) * (moments.mean - grand)
            within += moments.variance * (size - 1)
            sumSquaredSizes += size * size
        }
        let msb = between / (k - 1), msw = within / (n - k)
        guard msw > 0 else { throw StatisticsError(.noVariation, "no variation within reps") }
        let m0 = (n - sumSquaredSizes / n) / (k - 1)
        meanSquareBetween = msb
        meanSquareWithin = msw
        adjustedGroupSize = m0
        icc = (msb - msw) / (msb + (m0 - 1) * msw)
    }
}
