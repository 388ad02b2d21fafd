import Foundation
import Hummingbird
import UptakeStore

/// `GET /kpis`: the shared KPI page, the same numbers for every role.
struct KPIController: Sendable {
    let repository: any UptakeRepository
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// The page's values.
    struct Content: Sendable {
        var summary: KPISummary
        var revenue: String
        var rate: String
        var chartJSON: String
    }

    /// The line chart's data: visits and conversions per week.
    struct Chart: Codable, Sendable {
        var labels: [String]
        var visits: [Int]
        var conversions: [Int]
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/kpis", use: page)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let summary = try await KPISummary.load(now: Date(), repository: repository)
        let chart = Chart(
            labels: summary.weeks.map(\.start), visits: summary.weeks.map(\.visits),
            conversions: summary.weeks.map(\.conversions))
        let content = Content(
            summary: summary, revenue: Self.money(summary.revenue),
            rate: summary.conversionsPerVisit.map { String(format: "%.1f%%", $0 * 100) } ?? "–",
            chartJSON: PageRenderer.json(chart))
        let chrome = Navigation.chrome(
            "Shared KPIs", viewer: viewer, path: "/kpis", vendor: configuration.vendorPath, charts: true)
        return try renderer.render("kpis", Page(chrome: chrome, content: content))
    }

    /// Whole dollars with thousands separators.
    static func money(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        formatter.locale = Locale(identifier: "en_US")
        return "$" + (formatter.string(from: NSNumber(value: value)) ?? String(Int(value)))
    }
}
