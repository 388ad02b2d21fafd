/// The sample-ratio-mismatch (SRM) check: do the arm sizes fit the planned allocation?
///
/// Pearson's chi-squared goodness-of-fit statistic Σ (O − E)² / E with k − 1 degrees of freedom, as
/// `scipy.stats.chisquare`; a p-value below ``threshold`` (0.001, the usual SRM alarm) flags a broken
/// assignment or a leak in the data pipeline, and the effect estimates should not be trusted.
public struct SampleRatioCheck: Hashable, Sendable {
    /// The p-value below which a mismatch is flagged.
    public static let threshold = 0.001

    /// The chi-squared statistic.
    public var statistic: Double
    /// Its p-value.
    public var pValue: Double
    /// `true` when `pValue` < ``threshold``.
    public var isMismatch: Bool { pValue < Self.threshold }

    /// Runs the check.
    ///
    /// - Parameters:
    ///   - counts: Units observed in each arm.
    ///   - plannedShares: The planned share of each arm (normalized to sum to one).
    /// - Throws: ``StatisticsError`` `.invalidArgument` when the lists differ in length, there are fewer
    ///   than two arms, a share is not positive or no units were observed.
    public init(counts: [Int], plannedShares: [Double]) throws {
        guard counts.count == plannedShares.count, counts.count >= 2 else {
            throw StatisticsError(.invalidArgument, "the SRM check needs a planned share for each of two or more arms")
        }
        let total = Double(counts.reduce(0, +))
        let shareSum = plannedShares.reduce(0, +)
        guard total > 0, plannedShares.allSatisfy({ $0 > 0 }) else {
            throw StatisticsError(.invalidArgument, "the SRM check needs units and positive planned shares")
        }
        var chi2 = 0.0
        for (count, share) in zip(counts, plannedShares) {
            let expected = total * share / shareSum
            chi2 += (Double(count) - expected) * (Double(count) - expected) / expected
        }
        statistic = chi2
        pValue = ChiSquaredDistribution(degreesOfFreedom: Double(counts.count - 1)).survival(chi2)
    }
}
