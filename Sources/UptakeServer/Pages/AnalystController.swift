import Foundation
import Hummingbird
import UptakeStore

/// `GET /analyst`: data loaded, models and pilots (analyst role only).
struct AnalystController: Sendable {
    let repository: any UptakeRepository
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// The page's values.
    struct Content: Sendable {
        var counts: TableCounts
        var lastImport: ImportRecord?
        var lastImportTime: String?
        /// SEAM(scoring): the model registry with metrics, reliability diagram, gain chart and importance.
        var models: PendingSection
        /// SEAM(evidence): pilots: design, balance, analysis.
        var pilots: PendingSection
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/analyst", use: page)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try viewer.require([.analyst])
        let lastImport = try await repository.lastImport()
        let content = Content(
            counts: try await repository.counts(), lastImport: lastImport,
            lastImportTime: lastImport.map { $0.finishedAt.ISO8601Format() },
            models: .pending("The model registry (metrics, reliability diagram, gain chart, importance) appears "
                + "here once models are stored."),
            pilots: .pending("Pilots (design, balance, analysis) appear here once pilots are stored."))
        let chrome = Navigation.chrome("Analyst", viewer: viewer, path: "/analyst", vendor: configuration.vendorPath)
        return try renderer.render("analyst", Page(chrome: chrome, content: content))
    }
}
