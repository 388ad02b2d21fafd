import Foundation
import Hummingbird
import UptakeStore

extension AnalystController {
    /// The model page's values.
    struct ModelContent: Sendable {
        /// The registry's entry, as the models table and `/api/v1/models` list it.
        var model: AnalystSummary.Model
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
        guard let (detail, version, model) = try await ModelDetail.load(id, repository: repository, now: Date())
        else {
            throw AppError.notFound("model version \(id)")
        }
        let trained = version.parameters
        let content = ModelContent(
            model: detail.model,
            parameters: model.candidateSummary + (model.baseWeightsSummary.map { ", logistic base rows \($0)" } ?? "")
                + " · eta \(trained.eta) · max depth \(trained.maxDepth) · "
                + "\(model.roundsTrained) rounds trained, best \(model.bestIteration + 1)",
            diagnostics: ModelDiagnostics(version: version, model: model),
            health: detail.health.map(ModelHealthDetail.init), healthNote: detail.healthNote)
        let chrome = Navigation.chrome(
            "Model \(id)", viewer: viewer, path: "/analyst", vendor: configuration.vendorPath, charts: true)
        return try renderer.render("analyst-model", Page(chrome: chrome, content: content))
    }
}
