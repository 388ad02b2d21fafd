import Foundation
import Hummingbird
import UptakeStore

/// `GET /team`: a manager's team page (manager role only; the team is the account's).
struct TeamController: Sendable {
    let repository: any UptakeRepository
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// The page's values.
    struct Content: Sendable {
        var summary: TeamSummary
        var chartJSON: String
    }

    /// The bar chart's data: visits in the last 28 days per rep.
    struct Chart: Codable, Sendable {
        var labels: [String]
        var values: [Int]
        var label: String
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/team", use: page)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try viewer.require([.manager])
        guard let team = viewer.account.team else { throw AppError.notFound("team linked to this account") }
        let summary = try await TeamSummary.load(team: team, now: Date(), repository: repository)
        let chart = Chart(
            labels: summary.reps.map(\.name), values: summary.reps.map(\.visitsLast28Days),
            label: "Visits, last 28 days")
        let chrome = Navigation.chrome(
            "Team \(team)", viewer: viewer, path: "/team", vendor: configuration.vendorPath, charts: true)
        return try renderer.render(
            "team", Page(chrome: chrome, content: Content(summary: summary, chartJSON: PageRenderer.json(chart))))
    }
}
