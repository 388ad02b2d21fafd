import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// One model version with everything the analyst's model page shows, as `GET /api/v1/models/{version}`
/// answers it: the registry's entry, the holdout evaluation stored at training (metrics, reliability table,
/// lift and gain by decile), the importance of each input, and the health now (``ModelHealthLoader``'s
/// reading, encoded as `uptake model health --json` prints it).
struct ModelDetail: Encodable, Sendable {
    var model: AnalystSummary.Model
    /// The holdout evaluation, or nil for a model never evaluated (an import without data to judge it on).
    var evaluation: HoldoutEvaluation?
    /// Input columns by mean |SHAP| on the holdout, most important first.
    var featureImportance: [FeatureImportance]
    /// The health now, or nil with `healthNote`.
    var health: ModelHealth?
    var healthNote: String?

    /// Loads a version's detail.
    ///
    /// - Parameters:
    ///   - id: The version (`m-0001`).
    ///   - repository: The store.
    ///   - now: The date of the health check.
    /// - Returns: The detail and the stored model, or nil for an unknown version.
    /// - Throws: The database's error.
    static func load(_ id: String, repository: any UptakeRepository, now: Date) async throws
        -> (detail: ModelDetail, version: ModelVersion, model: TrainedModel)?
    {
        guard let version = try await repository.modelVersion(id), let model = try await repository.trainedModel(id)
        else { return nil }
        let (health, note) = try await ModelHealthDetail.reading(repository: repository, now: now, version: id)
        let detail = ModelDetail(
            model: AnalystSummary.Model(version),
            evaluation: model.isEvaluated ? model.evaluation : nil,
            featureImportance: model.featureImportance, health: health, healthNote: note)
        return (detail, version, model)
    }
}
