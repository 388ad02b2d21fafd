import Foundation
import Hummingbird
import UptakeCore
import UptakeStore

/// The JSON API under `/api/v1`: what the pages show, for scripts and integrations.
///
/// Every route checks the viewer's role and scope; an object outside the scope answers 404, as if it did
/// not exist. The routes and their answers are described in ``OpenAPIDocument``.
struct APIController: Sendable {
    let repository: any UptakeRepository
    let configuration: ServerConfiguration

    /// The largest page of leads.
    static let maximumLimit = 500
    /// The page size when none is asked for.
    static let defaultLimit = 50

    func addRoutes(to router: Router<AppRequestContext>) {
        let api = router.group("/api/v1")
        api.get("/openapi.json", use: openAPI)
        api.get("/me", use: me)
        api.get("/reps", use: reps)
        api.get("/reps/{id}", use: rep)
        api.get("/reps/{id}/day", use: day)
        api.get("/leads", use: leads)
        api.get("/leads/{id}", use: lead)
        api.get("/teams/{team}", use: team)
        api.get("/kpis", use: kpis)
        api.get("/users", use: users)
        api.get("/models/{version}", use: model)
    }

    @Sendable func openAPI(_ request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.json)))
    }

    /// The signed-in account.
    struct Me: Codable, Sendable {
        var name: String
        var role: String
        var rep: String?
        var team: String?
    }

    @Sendable func me(_ request: Request, context: AppRequestContext) async throws -> JSONBody<Me> {
        let account = try context.requireViewer().account
        return JSONBody(Me(name: account.name, role: account.role.rawValue, rep: account.rep?.rawValue, team: account.team))
    }

    @Sendable func reps(_ request: Request, context: AppRequestContext) async throws -> JSONBody<ListPage<RepSummary>> {
        let scope = try await AccessScope.of(try context.requireViewer(), repository: repository)
        let visible = try await repository.reps().filter { scope.contains($0.id) }
        return JSONBody(ListPage(items: visible.map(RepSummary.init), next: nil))
    }

    @Sendable func rep(_ request: Request, context: AppRequestContext) async throws -> JSONBody<RepSummary> {
        JSONBody(RepSummary(try await visibleRep(context)))
    }

    @Sendable func day(_ request: Request, context: AppRequestContext) async throws -> JSONBody<DaySchedule> {
        let rep = try await visibleRep(context)
        let day = try DayRange(request.uri.queryParameters["date"].map(String.init), timeZoneIdentifier: rep.timeZone)
        return JSONBody(try await DaySchedule.load(
            rep: rep, day: day, repository: repository,
            includeHidden: try context.requireViewer().seesHiddenSuggestions, reasons: configuration.dismissalReasons))
    }

    @Sendable func leads(_ request: Request, context: AppRequestContext) async throws -> JSONBody<ListPage<LeadSummary>> {
        let scope = try await AccessScope.of(try context.requireViewer(), repository: repository)
        let query = request.uri.queryParameters
        var limit = Self.defaultLimit
        if let text = query["limit"] {
            guard let value = Int(String(text)), (1...Self.maximumLimit).contains(value) else {
                throw AppError.badRequest("limit must be a whole number from 1 to \(Self.maximumLimit)")
            }
            limit = value
        }
        let after = query["after"].map { LeadID(String($0)) }
        let page: [Lead]
        switch scope {
        case .all: page = try await repository.leads(after: after, limit: limit)
        case .reps(let reps): page = try await repository.leads(owners: reps, after: after, limit: limit)
        }
        return JSONBody(ListPage(
            items: page.map(LeadSummary.init), next: page.count == limit ? page.last?.id.rawValue : nil))
    }

    /// One lead with its score history and the ledger of its suggestions, the most recent of each first, as
    /// its page shows them.
    @Sendable func lead(_ request: Request, context: AppRequestContext) async throws
        -> JSONBody<LeadController.Detail>
    {
        let lead = try await LeadController.visibleLead(context, repository: repository)
        let history = try await LeadController.History.load(
            lead: lead.id, limit: LeadController.historyLimit, repository: repository)
        return JSONBody(LeadController.Detail(lead: LeadSummary(lead), history: history))
    }

    @Sendable func team(_ request: Request, context: AppRequestContext) async throws -> JSONBody<TeamSummary> {
        let viewer = try context.requireViewer()
        // Team names have spaces ("Demo North"); the router hands the segment over still percent-encoded.
        let raw = try context.parameters.require("team")
        let team = raw.removingPercentEncoding ?? raw
        let visible: Bool
        switch viewer.role {
        case .rep: visible = false
        case .manager: visible = viewer.account.team == team
        case .executive, .analyst, .admin: visible = try await repository.reps().contains { $0.team == team }
        }
        guard visible else { throw AppError.notFound("team \(team)") }
        return JSONBody(try await TeamSummary.load(team: team, now: Date(), repository: repository))
    }

    @Sendable func kpis(_ request: Request, context: AppRequestContext) async throws -> JSONBody<KPISummary> {
        _ = try context.requireViewer()
        return JSONBody(try await KPISummary.load(now: Date(), repository: repository))
    }

    @Sendable func users(_ request: Request, context: AppRequestContext) async throws -> JSONBody<ListPage<UserAccount>> {
        try context.requireViewer().require([.admin])
        return JSONBody(ListPage(items: try await repository.users(), next: nil))
    }

    /// One model version with its stored holdout evaluation, feature importance and health now (analysts), as
    /// the page `/analyst/models/{version}` shows it.
    @Sendable func model(_ request: Request, context: AppRequestContext) async throws -> JSONBody<ModelDetail> {
        try context.requireViewer().require([.analyst])
        let id = try context.parameters.require("version")
        guard let loaded = try await ModelDetail.load(id, repository: repository, now: Date()) else {
            throw AppError.notFound("model version \(id)")
        }
        return JSONBody(loaded.detail)
    }

    /// The rep named by the `id` parameter, when the viewer may see them; 404 otherwise.
    private func visibleRep(_ context: AppRequestContext) async throws -> Rep {
        let scope = try await AccessScope.of(try context.requireViewer(), repository: repository)
        let id = RepID(try context.parameters.require("id"))
        guard scope.contains(id), let rep = try await repository.rep(id) else { throw AppError.notFound("rep \(id)") }
        return rep
    }
}
