import Foundation
import HTTPTypes
import Hummingbird

/// Security headers on every response: a content security policy that allows only the app's own scripts
/// and styles (no inline script, no CDN), no framing, no MIME sniffing, no referrer across sites.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    /// The policy; `img-src` admits the basemap's tile host when one is configured.
    let contentSecurityPolicy: String

    /// Makes the middleware.
    ///
    /// - Parameter tileURL: The basemap tile URL template, or nil.
    init(tileURL: String?) {
        var images = "'self' data:"
        if let tileURL, let url = URL(string: tileURL.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")),
           let scheme = url.scheme, let host = url.host
        {
            images += " \(scheme)://\(host)"
        }
        contentSecurityPolicy = "default-src 'self'; img-src \(images); style-src 'self'; script-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        // A route may set a stricter policy of its own (the digest: inline styles, no script at all).
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return response
    }
}
