/// A scored lead: calibrated probability, the 1–99 score, the tier, and the reasons.
public struct LeadScore: Hashable, Sendable, Codable {
    /// The calibrated probability of converting.
    public var probability: Double
    /// The probability as a whole percentage clamped to 1...99 (no lead is shown as certain either way).
    public var score: Int
    /// The tier from the model's cut points.
    public var tier: LeadTier
    /// The largest positive contributions, largest first.
    public var positiveReasons: [ScoreReason]
    /// The largest negative contributions, most negative first.
    public var negativeReasons: [ScoreReason]
    /// The model's margin (log-odds before calibration): the bias plus every column's contribution.
    public var margin: Double

    /// Makes a score.
    ///
    /// - Parameters:
    ///   - probability: The calibrated probability.
    ///   - tier: The tier.
    ///   - positiveReasons: Reasons raising the chance.
    ///   - negativeReasons: Reasons lowering it.
    ///   - margin: The model's margin.
    public init(
        probability: Double, tier: LeadTier, positiveReasons: [ScoreReason], negativeReasons: [ScoreReason],
        margin: Double
    ) {
        self.probability = probability
        self.score = Self.score(for: probability)
        self.tier = tier
        self.positiveReasons = positiveReasons
        self.negativeReasons = negativeReasons
        self.margin = margin
    }

    /// A probability as a 1–99 score: 100 × p rounded, clamped to 1...99.
    ///
    /// - Parameter probability: A probability.
    /// - Returns: The score.
    public static func score(for probability: Double) -> Int {
        guard probability.isFinite else { return 1 }
        return min(99, max(1, Int((probability * 100).rounded())))
    }
}
