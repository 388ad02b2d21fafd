import Foundation
import Hummingbird
import UptakeCore
import UptakeStore

/// `GET /leads/{id}`: one lead's page, for whoever may see its owner (404 otherwise).
struct LeadController: Sendable {
    let repository: any UptakeRepository
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// The page's values.
    struct Content: Sendable {
        var lead: LeadSummary
        var value: String
        /// SEAM(scoring): the lead's score (1-99), tier and top reasons.
        var score: PendingSection
        /// SEAM(evidence): the lead's ledger events.
        var events: PendingSection
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/leads/{id}", use: page)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let id = try context.parameters.require("id")
        let scope = try await AccessScope.of(viewer, repository: repository)
        guard let lead = try await repository.lead(LeadID(id)), scope.contains(lead.owner) else {
            throw AppError.notFound("lead \(id)")
        }
        let content = Content(
            lead: LeadSummary(lead), value: KPIController.money(lead.expectedValue),
            score: .pending("The lead's score and its reasons appear here once a model is promoted."),
            events: .pending("Suggestions and outcomes for this lead appear here once the ledger is connected."))
        let chrome = Navigation.chrome(lead.name, viewer: viewer, path: "/leads", vendor: configuration.vendorPath)
        return try renderer.render("lead", Page(chrome: chrome, content: content))
    }
}
