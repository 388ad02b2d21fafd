/// How one column's values (or the model's scores) fall into bins for the population stability index.
///
/// Numbers use interior cut points taken from the reference sample's deciles, so each reference bin holds
/// about a tenth of the rows; a value goes to the bin of the last cut point at or below it (numpy's
/// `digitize(x, edges)`, right-open bins). Categories use the reference's levels, one bin each, plus one
/// bin for a level the reference never saw. Both have a last bin for missing values, so a rise in missing
/// values is drift too.
public enum DistributionBinning: Hashable, Sendable, Codable {
    /// Numeric bins: `edges` are the increasing interior cut points (`edges.count + 1` value bins).
    case numeric(edges: [Double])
    /// Categorical bins: one per level, then one for unseen levels.
    case categorical(levels: [String])

    /// The number of bins, the missing-value bin included.
    public var binCount: Int {
        switch self {
        case .numeric(let edges): edges.count + 2
        case .categorical(let levels): levels.count + 2
        }
    }

    /// The bin of a number (NaN is missing).
    ///
    /// - Parameter value: A value; only meaningful for `.numeric`.
    /// - Returns: The bin index: the count of edges at or below `value`; the last bin when missing.
    public func bin(number value: Double) -> Int {
        guard case .numeric(let edges) = self else { return binCount - 1 }
        if value.isNaN { return binCount - 1 }
        // Binary search for the number of edges <= value (numpy searchsorted side="right").
        var low = 0, high = edges.count
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The bin of a category level (`nil` is missing).
    ///
    /// - Parameter level: A level; only meaningful for `.categorical`.
    /// - Returns: The level's bin, the unseen-level bin, or the last bin when missing.
    public func bin(level: String?) -> Int {
        guard case .categorical(let levels) = self else { return binCount - 1 }
        guard let level else { return binCount - 1 }
        return levels.firstIndex(of: level) ?? levels.count
    }

    /// Rows per bin for a sample of numbers.
    ///
    /// - Parameter values: The values (NaN is missing).
    /// - Returns: ``binCount`` counts.
    public func counts(numbers values: [Double]) -> [Int] {
        var counts = [Int](repeating: 0, count: binCount)
        for value in values { counts[bin(number: value)] += 1 }
        return counts
    }

    /// Rows per bin for a sample of category levels.
    ///
    /// - Parameter levels: The values (`nil` is missing).
    /// - Returns: ``binCount`` counts.
    public func counts(levels values: [String?]) -> [Int] {
        guard case .categorical(let levels) = self else { return [Int](repeating: 0, count: binCount) }
        var index: [String: Int] = [:]
        for (position, level) in levels.enumerated() { index[level] = position }
        var counts = [Int](repeating: 0, count: binCount)
        for value in values {
            guard let value else { counts[binCount - 1] += 1; continue }
            counts[index[value] ?? levels.count] += 1
        }
        return counts
    }

    /// Numeric binning at a reference sample's quantiles.
    ///
    /// Quantiles are numpy's default (`numpy.quantile`, method "linear", Hyndman and Fan type 7) at
    /// k / `binCount` for k = 1 … `binCount` − 1; repeated cut points (from ties) are kept once, so a
    /// column with few distinct values gets fewer bins.
    ///
    /// - Parameters:
    ///   - reference: The reference values (NaN is missing and ignored here).
    ///   - binCount: The number of value bins wanted (10: deciles).
    /// - Returns: The binning; with no present values, a single value bin.
    /// - Throws: ``HealthError`` `.outOfRange` when `binCount` is below 2.
    public static func quantileBins(of reference: [Double], binCount: Int = 10) throws -> DistributionBinning {
        guard binCount >= 2 else { throw HealthError(.outOfRange, "bin count \(binCount) is below 2") }
        let sorted = reference.filter { !$0.isNaN }.sorted()
        guard !sorted.isEmpty else { return .numeric(edges: []) }
        var edges: [Double] = []
        for k in 1..<binCount {
            let edge = quantile(sorted: sorted, Double(k) / Double(binCount))
            if edges.last != edge { edges.append(edge) }
        }
        return .numeric(edges: edges)
    }

    /// numpy's "linear" quantile of sorted values: position h = (n − 1) q, interpolated between its
    /// neighbours as numpy's `_lerp` does (from the upper neighbour when the fraction is at least one half).
    static func quantile(sorted: [Double], _ q: Double) -> Double {
        let h = Double(sorted.count - 1) * q
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = h - Double(lower)
        let a = sorted[lower], b = sorted[upper]
        let difference = b - a
        return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction
    }
}
