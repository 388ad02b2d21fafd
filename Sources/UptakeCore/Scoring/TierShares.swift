/// How tiers are cut: the top `gold` share of the training population's calibrated probabilities is
/// gold, the next `silver` share silver, the rest bronze.
public struct TierShares: Hashable, Sendable, Codable {
    /// The share of leads that are gold (default 0.2).
    public var gold = 0.2
    /// The share of leads that are silver (default 0.3).
    public var silver = 0.3

    /// Makes shares.
    ///
    /// - Parameters:
    ///   - gold: The gold share.
    ///   - silver: The silver share.
    public init(gold: Double = 0.2, silver: Double = 0.3) {
        self.gold = gold
        self.silver = silver
    }

    /// Checks that both shares are in [0, 1] and sum to at most 1.
    ///
    /// - Throws: `TrainingError.Code.invalidConfiguration`.
    public func validate() throws {
        guard (0...1).contains(gold), (0...1).contains(silver), gold + silver <= 1 else {
            throw TrainingError(
                .invalidConfiguration, "tier shares gold \(gold), silver \(silver) must sum to at most 1"
            )
        }
    }
}
