import HTTPTypes
import Hummingbird

/// Checks the CSRF token on every state-changing request made with a session cookie.
///
/// The token is bound to the server-side session (synchroniser-token pattern): forms carry it in a hidden
/// `_csrf` field, scripts in an `X-CSRF-Token` header. Requests with a bearer token carry no cookie, so a
/// cross-site page cannot make them and they are not checked. The sign-in form, made before any session
/// exists, is checked by ``LoginController`` with a double-submit cookie.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    /// The header scripts send the token in.
    static let header = HTTPField.Name("X-CSRF-Token")!
    /// The form field forms send it in.
    static let field = "_csrf"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method), let expected = context.viewer?.csrfToken else {
            return try await next(request, context)
        }
        var request = request
        var sent = request.headers[Self.header]
        if sent == nil {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            sent = FormFields(String(buffer: body))[Self.field]
        }
        guard let sent, SecretToken.constantTimeEquals(sent, expected) else { throw AppError.csrf }
        return try await next(request, context)
    }
}
