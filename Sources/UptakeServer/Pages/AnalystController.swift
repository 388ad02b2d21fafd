import Foundation
import Hummingbird
import UptakeStore

/// `GET /analyst`: data loaded, models, the champion's health and pilots; `GET /analyst/models/{version}`: one
/// model's stored diagnostics and its health (analyst role only).
struct AnalystController: Sendable {
    let repository: any UptakeRepository
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// The page's values.
    struct Content: Sendable {
        var counts: TableCounts
        var lastImport: ImportRecord?
        var lastImportTime: String?
        /// The model registry and the pilots (UptakeReports' analysis of the latest).
        var summary: AnalystSummary
        /// The registry's versions, latest first, with their metrics printed.
        var registry: [ModelRegistryRow]
        /// The champion's health (UptakeReports' `ModelHealthLoader`, as on the Shared KPIs page), or nil with
        /// `healthNote`.
        var health: ModelHealthDetail?
        var healthNote: String?
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/analyst", use: page)
        router.get("/analyst/models/{version}", use: modelPage)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try viewer.require([.analyst])
        let lastImport = try await repository.lastImport()
        let now = Date()
        let (health, healthNote) = try await ModelHealthDetail.load(repository: repository, now: now)
        let summary = try await AnalystSummary.load(repository: repository, now: now)
        let content = Content(
            counts: try await repository.counts(), lastImport: lastImport,
            lastImportTime: lastImport.map { $0.finishedAt.ISO8601Format() }, summary: summary,
            registry: summary.models.map(ModelRegistryRow.init), health: health, healthNote: healthNote)
        let chrome = Navigation.chrome(
            "Analyst", viewer: viewer, path: "/analyst", vendor: configuration.vendorPath, charts: health != nil)
        return try renderer.render("analyst", Page(chrome: chrome, content: content))
    }
}
