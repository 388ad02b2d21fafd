import Foundation
import Hummingbird
import UptakeCore
import UptakeReports
import UptakeStore

/// `GET /digest?week=YYYY-Www`: the weekly digest as HTML, for the viewer's audience.
///
/// Executives, analysts and admins get the executive digest (every team), a manager their team's, a rep
/// their own: the same `DigestInputLoader` → `Digest` → `DigestRenderer.html` path as `uptake digest`. The
/// default week is the last complete one. Nothing depends on an id scheme: the audience comes from the
/// viewer's account (a manager's team, a rep's own rep id), and the "simulated" notice from the data — the
/// demo's mark on the leads in that audience's scope (``UptakeReports/SimulatedLeadMark``) or a simulated
/// pulse.
struct DigestController: Sendable {
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
        var input: DigestInput
        do {
            input = try await DigestInputLoader().load(week: week, role: role, repository: repository)
        } catch let error as ReportError {
            throw AppError(.notFound, code: "not_found", message: error.message)
        }
        if !input.isSimulated {
            input.isSimulated = try await SimulatedLeadMark().isPresent(for: role, in: repository)
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
