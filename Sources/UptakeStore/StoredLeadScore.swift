import Foundation
import UptakeCore

/// One lead's score as stored: which model (or rules) gave it, when, and what it said.
public struct StoredLeadScore: Hashable, Sendable {
    /// The lead.
    public var lead: LeadID
    /// The model version (`m-0001`) or rules version (`rules:…`) that scored it.
    public var modelVersion: String
    /// When it was scored.
    public var scoredAt: Date
    /// The calibrated probability; `nil` for a rules score.
    public var probability: Double?
    /// The 1–99 score.
    public var score: Int
    /// The tier.
    public var tier: LeadTier
    /// The factors raising the score, largest first.
    public var positiveReasons: [ScoreReason]
    /// The factors lowering it, largest first.
    public var negativeReasons: [ScoreReason]
    /// The history row's position (set when read; ignored when appended).
    public var sequence: Int64?

    /// Makes a stored score.
    ///
    /// - Parameters:
    ///   - lead: The lead.
    ///   - modelVersion: The model or rules version.
    ///   - scoredAt: When.
    ///   - probability: The calibrated probability, `nil` for rules.
    ///   - score: The 1–99 score.
    ///   - tier: The tier.
    ///   - positiveReasons: Factors raising it.
    ///   - negativeReasons: Factors lowering it.
    ///   - sequence: The history position, when read.
    public init(
        lead: LeadID, modelVersion: String, scoredAt: Date, probability: Double?, score: Int, tier: LeadTier,
        positiveReasons: [ScoreReason], negativeReasons: [ScoreReason], sequence: Int64? = nil
    ) {
        self.lead = lead
        self.modelVersion = modelVersion
        self.scoredAt = scoredAt
        self.probability = probability
        self.score = score
        self.tier = tier
        self.positiveReasons = positiveReasons
        self.negativeReasons = negativeReasons
        self.sequence = sequence
    }

    /// A model's score of a lead.
    ///
    /// - Parameters:
    ///   - score: The scorer's output.
    ///   - lead: The lead.
    ///   - modelVersion: The version.
    ///   - scoredAt: When.
    public init(_ score: LeadScore, lead: LeadID, modelVersion: String, scoredAt: Date) {
        self.init(
            lead: lead, modelVersion: modelVersion, scoredAt: scoredAt, probability: score.probability,
            score: score.score, tier: score.tier, positiveReasons: score.positiveReasons,
            negativeReasons: score.negativeReasons
        )
    }
}
