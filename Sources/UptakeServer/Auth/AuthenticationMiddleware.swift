import Foundation
import Hummingbird
import HummingbirdAuth
import UptakeStore

/// Sets ``AppRequestContext/viewer`` from the session cookie or an `Authorization: Bearer` API token.
///
/// It never refuses a request itself: routes decide (``Viewer/require(_:)``), and unsigned requests to
/// pages are sent to the sign-in page by ``ErrorPageMiddleware``.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    /// The name of the session cookie.
    static let sessionCookie = "uptake_session"

    let repository: any UptakeRepository

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        // One query each: the account comes with its linked rep, which My day and the plan API need.
        if let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty {
            let hash = SecretToken.sha256Hex(token)
            if let found = try await repository.signedIn(sessionTokenHash: hash, at: Date()),
               let session = found.session
            {
                context.viewer = Viewer(
                    account: found.account, credential: .session(tokenHash: hash, csrfToken: session.csrfToken),
                    rep: found.rep)
            }
        }
        if context.viewer == nil, let bearer = request.headers.bearer?.token, !bearer.isEmpty,
           let found = try await repository.signedIn(apiTokenHash: SecretToken.sha256Hex(bearer))
        {
            context.viewer = Viewer(account: found.account, credential: .apiToken, rep: found.rep)
        }
        if let viewer = context.viewer {
            context.logger[metadataKey: "user"] = .string(viewer.account.name)
        }
        return try await next(request, context)
    }
}
