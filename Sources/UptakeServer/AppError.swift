import Foundation
import Hummingbird
import UptakeStore

/// An error answered to the client: an HTTP status, a stable code and a message, as JSON `{code, message}`
/// on the API and as an error page elsewhere (see ``ErrorPageMiddleware``).
public struct AppError: Error, HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable machine-readable code, e.g. `not_found`.
    public var code: String
    /// What went wrong, for a person.
    public var message: String

    /// Makes an error.
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - code: The stable code.
    ///   - message: The message.
    public init(_ status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    /// No valid session or token.
    static let unauthenticated = AppError(.unauthorized, code: "unauthenticated", message: "Sign in first.")
    /// The role may not use this route.
    static func forbidden(role: UserRole) -> AppError {
        AppError(.forbidden, code: "forbidden", message: "The \(role) role may not use this page.")
    }
    /// Not found, or not visible to this viewer: the same answer either way.
    static func notFound(_ what: String) -> AppError {
        AppError(.notFound, code: "not_found", message: "No \(what) here.")
    }
    /// A bad parameter.
    static func badRequest(_ message: String) -> AppError {
        AppError(.badRequest, code: "bad_request", message: message)
    }
    /// A form without the session's CSRF token.
    static let csrf = AppError(.forbidden, code: "csrf", message: "The form expired; reload the page and try again.")

    /// The JSON body.
    struct Body: Codable, Equatable {
        var code: String
        var message: String
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder().encode(Body(code: code, message: message))
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"uptake\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
