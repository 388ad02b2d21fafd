/// The calibrated probabilities at which tiers change, fixed at training time and saved with the
/// model so that a lead's tier does not depend on which other leads are scored with it.
public struct TierCutPoints: Hashable, Sendable, Codable {
    /// The least probability of a gold lead.
    public var gold: Double
    /// The least probability of a silver lead.
    public var silver: Double

    /// Makes cut points.
    ///
    /// - Parameters:
    ///   - gold: The least gold probability.
    ///   - silver: The least silver probability (at most `gold`).
    public init(gold: Double, silver: Double) {
        self.gold = gold
        self.silver = silver
    }

    /// Cut points at quantiles of a population's probabilities: gold from the (1 − gold share)
    /// quantile, silver from the (1 − gold share − silver share) quantile, each computed as numpy's
    /// default `quantile` (linear interpolation between order statistics).
    ///
    /// - Parameters:
    ///   - probabilities: The population's calibrated probabilities; not empty.
    ///   - shares: The tier shares.
    /// - Returns: The cut points.
    /// - Throws: `TrainingError.Code.invalidConfiguration` for bad shares or no probabilities.
    public static func fit(probabilities: [Double], shares: TierShares) throws -> TierCutPoints {
        try shares.validate()
        guard !probabilities.isEmpty else {
            throw TrainingError(.invalidConfiguration, "tier cut points need at least one probability")
        }
        let sorted = probabilities.sorted()
        func quantile(_ q: Double) -> Double {
            let position = Double(sorted.count - 1) * q
            let below = Int(position.rounded(.down))
            let above = min(below + 1, sorted.count - 1)
            return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
        }
        // When many probabilities equal the quantile (at least 2% of them: a coarse model, an isotonic
        // plateau), a cut there puts them all above it; the next distinct value up is used instead when that
        // brings the share above the cut closer to the target. Otherwise numpy's quantile, exactly.
        func cut(share target: Double) -> Double {
            let q = quantile(1 - target)
            let first = sorted.partitioningIndex { $0 >= q }
            let end = sorted.partitioningIndex { $0 > q }
            guard end - first > 1, Double(end - first) >= 0.02 * Double(sorted.count) else { return q }
            let n = Double(sorted.count)
            let including = Double(sorted.count - first) / n, excluding = Double(sorted.count - end) / n
            guard abs(excluding - target) < abs(including - target) else { return q }
            return end < sorted.count ? sorted[end] : .infinity
        }
        // A share of 0 puts the cut above every probability, so nobody lands in that tier.
        let gold = shares.gold == 0 ? .infinity : cut(share: shares.gold)
        let silver = shares.gold + shares.silver == 0 ? .infinity : cut(share: min(1, shares.gold + shares.silver))
        return TierCutPoints(gold: gold, silver: min(silver, gold))
    }

    /// The tier of a calibrated probability: gold at or above `gold`, silver at or above `silver`.
    ///
    /// - Parameter probability: A calibrated probability.
    /// - Returns: The tier.
    public func tier(for probability: Double) -> LeadTier {
        if probability >= gold { return .gold }
        if probability >= silver { return .silver }
        return .bronze
    }
}

private extension Array where Element == Double {
    /// The first index whose element satisfies `belongs` (which must be false then true along the array).
    func partitioningIndex(where belongs: (Double) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
