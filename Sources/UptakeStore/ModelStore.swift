import Foundation
import UptakeCore

/// The model registry and the lead score history, refined by `UptakeRepository`.
///
/// Model versions are numbered in order of registration (`m-0001`, `m-0002`, ...). The champion is the
/// version named by the latest promotion; the first version ever registered is promoted automatically
/// (recorded with `forced == false` and the reason "first model"). Scores are appended, never
/// overwritten; the latest score of each lead is also kept apart so that reading it is fast.
public protocol ModelStore: Sendable {
    /// Registers a model as the next version, in one transaction; the first version becomes champion.
    ///
    /// - Parameters:
    ///   - model: The model (stored whole, as JSON).
    ///   - source: Trained here or imported.
    ///   - data: What it was trained on.
    ///   - createdAt: When it was registered.
    ///   - note: Free text (the command line, the imported file).
    /// - Returns: The registered version.
    /// - Throws: `ModelStoreError`, or the database's error (nothing is written then).
    func registerModel(
        _ model: TrainedModel, source: ModelVersionSource, data: ModelDataSummary, createdAt: Date, note: String?
    ) async throws -> ModelVersion

    /// Every version, oldest first, without the models themselves.
    ///
    /// - Returns: The versions.
    /// - Throws: The database's error.
    func modelVersions() async throws -> [ModelVersion]

    /// One version, without the model.
    ///
    /// - Parameter id: The version (`m-0001`).
    /// - Returns: The version, or `nil`.
    /// - Throws: The database's error.
    func modelVersion(_ id: String) async throws -> ModelVersion?

    /// One version's model.
    ///
    /// - Parameter id: The version.
    /// - Returns: The model, or `nil` when there is no such version.
    /// - Throws: `StoreError.Code.corruptRow` when the stored model does not decode.
    func trainedModel(_ id: String) async throws -> TrainedModel?

    /// The champion version's id, if any.
    ///
    /// - Returns: The id named by the latest promotion.
    /// - Throws: The database's error.
    func championVersion() async throws -> String?

    /// Records a promotion (the rule deciding whether it is allowed is the caller's: `PromotionRule`).
    ///
    /// - Parameter promotion: The promotion.
    /// - Throws: `ModelStoreError.Code.notFound` for an unknown version.
    func recordPromotion(_ promotion: ModelPromotion) async throws

    /// Every promotion, oldest first.
    ///
    /// - Returns: The promotions.
    /// - Throws: The database's error.
    func promotions() async throws -> [ModelPromotion]

    /// Appends scores to the history and updates each lead's latest score, in one transaction.
    ///
    /// - Parameter scores: The scores; several of one lead keep the latest (by time, then order).
    /// - Throws: The database's error (nothing is written then).
    func appendScores(_ scores: [StoredLeadScore]) async throws

    /// The latest score of each lead: what the planner reads for probability and reasons.
    ///
    /// - Parameter leads: The leads, or `nil` for every scored lead.
    /// - Returns: The latest score per lead (leads never scored are absent).
    /// - Throws: `StoreError.Code.corruptRow` for an unreadable row.
    func latestScores(for leads: [LeadID]?) async throws -> [LeadID: StoredLeadScore]

    /// A page of the latest scores, by lead id, for export without holding every score in memory.
    ///
    /// - Parameters:
    ///   - afterLead: The last lead of the previous page (`nil` for the first page).
    ///   - limit: At most this many scores.
    /// - Returns: Latest scores in the database's order of lead ids, each after `afterLead`.
    /// - Throws: `StoreError.Code.corruptRow` for an unreadable row.
    func latestScores(afterLead: LeadID?, limit: Int) async throws -> [StoredLeadScore]

    /// A page of the score history in the order written, for export.
    ///
    /// - Parameters:
    ///   - after: The last `sequence` of the previous page (`nil` for the first page).
    ///   - limit: At most this many scores.
    /// - Returns: Scores with their `sequence`, ascending.
    /// - Throws: `StoreError.Code.corruptRow` for an unreadable row.
    func scoreHistory(after: Int64?, limit: Int) async throws -> [StoredLeadScore]
}
