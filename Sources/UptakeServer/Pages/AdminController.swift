import Foundation
import Hummingbird
import UptakeCore
import UptakeStore

/// `GET /admin` and its forms: users, roles and API tokens (admin role only).
struct AdminController: Sendable {
    let repository: any UptakeRepository
    let accounts: AccountService
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// One user's row, with their tokens.
    struct UserRow: Sendable {
        var account: UserAccount
        var created: String
        var tokens: [TokenRow]
    }

    /// One token's row.
    struct TokenRow: Sendable {
        var id: Int64
        var label: String
        var created: String
        var revoked: String?
    }

    /// The page's values.
    struct Content: Sendable {
        var users: [UserRow]
        var roles: [String]
        var notice: String?
        var error: String?
        /// A token just issued: shown once, never stored.
        var newToken: String?
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/admin", use: page)
        router.post("/admin/users", use: addUser)
        router.post("/admin/tokens", use: issueToken)
        router.post("/admin/tokens/{id}/revoke", use: revokeToken)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try viewer.require([.admin])
        return try await render(viewer: viewer)
    }

    @Sendable func addUser(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try viewer.require([.admin])
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        guard let role = fields.trimmed("role").flatMap(UserRole.init(rawValue:)) else {
            return try await render(viewer: viewer, error: "Choose a role.", status: .badRequest)
        }
        do {
            let account = try await accounts.addUser(
                name: fields.trimmed("name") ?? "", role: role,
                rep: role == .rep ? fields.trimmed("rep").map { RepID($0) } : nil,
                team: role == .manager ? fields.trimmed("team") : nil, password: fields["password"])
            context.logger.info("user added", metadata: ["added": "\(account.name)", "role": "\(role)"])
            return try await render(viewer: viewer, notice: "Added \(account.name) (\(role)).")
        } catch let error as AccountError {
            return try await render(viewer: viewer, error: error.message, status: .badRequest)
        }
    }

    @Sendable func issueToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try viewer.require([.admin])
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        do {
            let issued = try await accounts.issueToken(
                name: fields.trimmed("user") ?? "", label: fields.trimmed("label") ?? "web")
            return try await render(
                viewer: viewer, notice: "Token \(issued.token.id) issued. Copy it now: it is not shown again.",
                newToken: issued.secret)
        } catch let error as AccountError {
            return try await render(viewer: viewer, error: error.message, status: .badRequest)
        }
    }

    @Sendable func revokeToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try viewer.require([.admin])
        let id = try context.parameters.require("id", as: Int64.self)
        guard let token = try await repository.apiTokens(userID: nil).first(where: { $0.id == id }) else {
            throw AppError.notFound("token \(id)")
        }
        try await repository.revokeAPIToken(id: id, userID: token.userID, at: Date())
        return Response(status: .seeOther, headers: [.location: "/admin"])
    }

    private func render(
        viewer: Viewer, notice: String? = nil, error: String? = nil, newToken: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let tokens = try await repository.apiTokens(userID: nil)
        let users = try await repository.users().map { account in
            UserRow(
                account: account, created: DayRange.isoDay(account.createdAt),
                tokens: tokens.filter { $0.userID == account.id }.map {
                    TokenRow(id: $0.id, label: $0.label, created: DayRange.isoDay($0.createdAt),
                             revoked: $0.revokedAt.map(DayRange.isoDay))
                })
        }
        let content = Content(
            users: users, roles: UserRole.allCases.map(\.rawValue), notice: notice, error: error, newToken: newToken)
        let chrome = Navigation.chrome("Admin", viewer: viewer, path: "/admin", vendor: configuration.vendorPath)
        return try renderer.render("admin", Page(chrome: chrome, content: content), status: status)
    }
}
