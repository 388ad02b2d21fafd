import Foundation
import Hummingbird
import UptakeStore

extension AnalystController {
    /// The model page's values.
    struct ModelContent: Sendable {
        var id: String
        var createdAt: String
        var source: String
        var champion: Bool
        var note: String?
        /// How it was trained, in a line.
        var parameters: String
        var diagnostics: ModelDiagnostics
        /// This version's health, or nil with `healthNote`.
        var health: ModelHealthDetail?
        var healthNote: String?
    }

    /// `GET /analyst/models/{version}`: the version's holdout metrics, reliability diagram, gain and lift by
    /// decile and feature importance as stored at training, and its health now.
    @Sendable func modelPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try viewer.require([.analyst])
        let id = try context.parameters.require("version")
        guard let version = try await repository.modelVersion(id), let model = try await repository.trainedModel(id)
        else {
            throw AppError.notFound("model version \(id)")
        }
        let (health, healthNote) = try await ModelHealthDetail.load(repository: repository, now: Date(), version: id)
        let configuration = version.parameters
        let content = ModelContent(
            id: id, createdAt: DayRange.isoDay(version.createdAt), source: version.source.rawValue,
            champion: version.isChampion, note: version.note,
            parameters: "eta \(configuration.eta) · max depth \(configuration.maxDepth) · "
                + "\(model.roundsTrained) rounds trained, best \(model.bestIteration + 1)",
            diagnostics: ModelDiagnostics(version: version, model: model), health: health, healthNote: healthNote)
        let chrome = Navigation.chrome(
            "Model \(id)", viewer: viewer, path: "/analyst", vendor: self.configuration.vendorPath, charts: true)
        return try renderer.render("analyst-model", Page(chrome: chrome, content: content))
    }
}
