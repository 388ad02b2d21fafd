import Foundation
import Hummingbird
import UptakeCore
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
        /// The pilot's intervals (floating bars), the ROI's percentiles and the adoption trend, for app.js.
        var intervalJSON: String
        var roiJSON: String
        var adoptionJSON: String
        /// Preformatted figures (the templates print values as they are).
        var figures: Figures
    }

    /// Numbers as the page prints them.
    struct Figures: Sendable {
        var probabilityPositive: String?
        var npvP10: String?
        var npvP50: String?
        var npvP90: String?
        var auc: String?
        var ece: String?
        var brier: String?
        var acceptance: String
    }

    /// The interval chart's data.
    struct IntervalChart: Codable, Sendable {
        var labels: [String]
        var intervals: [[Double]]
        var estimates: [Double]
        var label: String
    }

    /// The ROI chart's data: NPV at P10, P50, P90.
    struct ROIChart: Codable, Sendable {
        var labels: [String]
        var values: [Double]
    }

    /// The adoption chart's data: acceptance rate (%) and suggestions shown per week.
    struct AdoptionChart: Codable, Sendable {
        var labels: [String]
        var rates: [Double?]
        var shown: [Int]
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
            chartJSON: PageRenderer.json(chart), intervalJSON: PageRenderer.json(summary.pilot.map { pilot in
                IntervalChart(
                    labels: pilot.intervals.map(\.label), intervals: pilot.intervals.map { [$0.low, $0.high] },
                    estimates: pilot.intervals.map(\.estimate), label: pilot.metric)
            }),
            roiJSON: PageRenderer.json(summary.pilot?.roi.map {
                ROIChart(labels: ["P10", "P50", "P90"], values: [$0.npvP10, $0.npvP50, $0.npvP90])
            }),
            adoptionJSON: PageRenderer.json(AdoptionChart(
                labels: summary.adoption.map(\.start),
                rates: summary.adoption.map { $0.acceptanceRate.map { ($0 * 1000).rounded() / 10 } },
                shown: summary.adoption.map(\.shown))),
            figures: Self.figures(summary))
        let chrome = Navigation.chrome(
            "Shared KPIs", viewer: viewer, path: "/kpis", vendor: configuration.vendorPath, charts: true)
        return try renderer.render("kpis", Page(chrome: chrome, content: content))
    }

    /// The page's preformatted figures.
    static func figures(_ summary: KPISummary) -> Figures {
        let roi = summary.pilot?.roi
        let shown = summary.adoption.map(\.shown).reduce(0, +)
        let accepted = summary.adoption.map(\.accepted).reduce(0, +)
        let visited = summary.adoption.map(\.visited).reduce(0, +)
        // The acceptance rate as KPICatalog defines it, the same figure the digest and the CLI show.
        let rate = KPICatalog.acceptanceRate(
            FunnelCounts(shown: shown, accepted: accepted, dismissed: 0, visited: visited, converted: 0)).value
        return Figures(
            probabilityPositive: roi.map { String(format: "%.0f%%", $0.probabilityPositive * 100) },
            npvP10: roi.map { money($0.npvP10) }, npvP50: roi.map { money($0.npvP50) },
            npvP90: roi.map { money($0.npvP90) },
            auc: summary.model?.rocAUC.map { String(format: "%.3f", $0) },
            ece: summary.model?.ece.map { String(format: "%.3f", $0) },
            brier: summary.model?.brier.map { String(format: "%.3f", $0) },
            acceptance: rate.map { String(format: "%.0f%% (%d of %d)", $0 * 100, accepted, shown) } ?? "–")
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
