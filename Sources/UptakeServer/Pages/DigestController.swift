import Foundation
import Hummingbird
import UptakeCore
import UptakeReports
import UptakeStore

/// `GET /digest?week=YYYY-Www`: the weekly digest as HTML, for the viewer's audience.
///
/// Executives, analysts and admins get the executive digest (every team), a manager their team's, a rep
/// their own: the same `DigestInputLoader` → `Digest` → `DigestRenderer.html` path as `uptake digest`. The
/// default week is the last complete one.
struct DigestController: Sendable {
    /// The id prefix of the demo territory's synthetic reps (`DemoTerritoryGenerator.idPrefix`), so the
    /// digest says it is simulated.
    static let simulatedRepPrefix = "demo-"
    /// The digest is an e-mail document with inline styles and no script: its own policy allows exactly that.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        + "frame-ancestors 'none'; form-action 'none'; base-uri 'none'"

    let repository: any UptakeRepository

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/digest", use: digest)
    }

    @Sendable func digest(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let week: ISOWeek
        if let text = request.uri.queryParameters["week"].map(String.init) {
            do {
                week = try ISOWeek(parsing: text)
            } catch let error as DigestError {
                throw AppError.badRequest("week: \(error.message)")
            }
        } else {
            week = ISOWeek(containing: Date()).previous
        }
        let role: DigestRole
        switch viewer.role {
        case .executive, .analyst, .admin:
            role = .executive
        case .manager:
            guard let team = viewer.account.team else { throw AppError.notFound("team") }
            role = .manager(team: team)
        case .rep:
            guard let id = viewer.account.rep, let rep = try await repository.rep(id) else {
                throw AppError.notFound("rep")
            }
            role = .rep(id: rep.id.rawValue, name: rep.name)
        }
        let input: DigestInput
        do {
            input = try await DigestInputLoader(simulatedRepPrefix: Self.simulatedRepPrefix)
                .load(week: week, role: role, repository: repository)
        } catch let error as ReportError {
            throw AppError(.notFound, code: "not_found", message: error.message)
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: Self.contentSecurityPolicy,
            ],
            body: .init(byteBuffer: ByteBuffer(string: DigestRenderer.html(Digest(input)))))
    }
}
