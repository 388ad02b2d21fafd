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
        /// The model registry and the pilots (UptakeReports' analysis of the latest).
        var summary: AnalystSummary
        /// SEAM(scoring): reliability diagram, gain chart and importance (not in the registry or UptakeReports yet).
        var diagnostics: PendingSection
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
            summary: try await AnalystSummary.load(repository: repository, now: Date()),
            diagnostics: .pending("The reliability diagram, gain chart and feature importance appear here once "
                + "UptakeReports computes them from the champion's holdout."))
        let chrome = Navigation.chrome("Analyst", viewer: viewer, path: "/analyst", vendor: configuration.vendorPath)
        return try renderer.render("analyst", Page(chrome: chrome, content: content))
    }
}
