import Foundation

/// The population stability index (PSI) between a reference distribution and a current one over the same
/// bins: PSI = Σᵢ (aᵢ − eᵢ) · ln(aᵢ / eᵢ), with eᵢ the reference share and aᵢ the current share of bin i.
///
/// It is the symmetrised Kullback–Leibler divergence of the two binned distributions (Jeffreys'
/// divergence; see B. Yurdakul, "Statistical properties of population stability index", Western Michigan
/// University dissertation, 2018). The usual reading, used by ``ModelHealthThresholds``: below 0.1 no
/// meaningful shift, 0.1–0.2 a moderate shift, above 0.2 a significant shift.
///
/// A bin empty in either sample would make ln(aᵢ / eᵢ) infinite, so shares are floored at
/// ``shareFloor`` (0.0001, i.e. a bin is treated as holding at least one row in ten thousand) before the
/// sum, without renormalising. The committed numpy fixture (`scripts/fixtures/health/make_psi_fixture.py`)
/// applies the same floor.
///
/// ```swift
/// let psi = PopulationStabilityIndex.value(
///     referenceShares: [0.5, 0.5], currentShares: [0.7, 0.3]) // 0.1695
/// ```
public enum PopulationStabilityIndex {
    /// The smallest share a bin is given before taking logarithms.
    public static let shareFloor = 1e-4

    /// Each bin's share of the total count, floored at ``shareFloor``.
    ///
    /// - Parameter counts: Rows per bin.
    /// - Returns: One share per bin; all ``shareFloor`` when the counts sum to zero.
    public static func shares(counts: [Int]) -> [Double] {
        let total = counts.reduce(0, +)
        guard total > 0 else { return counts.map { _ in shareFloor } }
        return counts.map { max(Double($0) / Double(total), shareFloor) }
    }

    /// The PSI between two sets of shares over the same bins.
    ///
    /// - Parameters:
    ///   - referenceShares: The reference (training) shares, floored (see ``shares(counts:)``).
    ///   - currentShares: The current shares, floored, one per reference bin.
    /// - Returns: The index, 0 when the shares are equal; never negative.
    /// - Throws: ``HealthError`` `.lengthMismatch` when the bins differ in number, `.outOfRange` for a share
    ///   that is not positive.
    public static func value(referenceShares: [Double], currentShares: [Double]) throws -> Double {
        guard referenceShares.count == currentShares.count else {
            throw HealthError(
                .lengthMismatch, "\(referenceShares.count) reference bins but \(currentShares.count) current bins")
        }
        if let bad = (referenceShares + currentShares).first(where: { !($0 > 0) || !$0.isFinite }) {
            throw HealthError(.outOfRange, "share \(bad) is not positive; floor shares with shares(counts:)")
        }
        return zip(referenceShares, currentShares).reduce(0.0) { sum, pair in
            let (expected, actual) = pair
            return sum + (actual - expected) * log(actual / expected)
        }
    }

    /// The PSI between two sets of bin counts.
    ///
    /// - Parameters:
    ///   - referenceCounts: Reference rows per bin.
    ///   - currentCounts: Current rows per bin, same bins.
    /// - Returns: The index.
    /// - Throws: ``HealthError`` `.lengthMismatch` when the bins differ in number.
    public static func value(referenceCounts: [Int], currentCounts: [Int]) throws -> Double {
        try value(referenceShares: shares(counts: referenceCounts), currentShares: shares(counts: currentCounts))
    }
}
