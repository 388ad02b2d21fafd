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
        // A share of 0 puts the cut above every probability, so nobody lands in that tier.
        let gold = shares.gold == 0 ? .infinity : quantile(1 - shares.gold)
        let silver = shares.gold + shares.silver == 0 ? .infinity : quantile(max(0, 1 - shares.gold - shares.silver))
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
