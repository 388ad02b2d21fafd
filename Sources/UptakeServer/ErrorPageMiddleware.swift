import Foundation
import Hummingbird

/// Turns errors into answers at the edge: JSON `{code, message}` under `/api/`, an error page elsewhere,
/// a redirect to the sign-in page for a page that needs a session, and 405 for a wrong method on an API path.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let renderer: PageRenderer
    let vendorPath: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            var appError = Self.appError(from: error)
            let allowed = OpenAPIDocument.methods(for: request.uri.path)
            if !(error is AppError), appError.status == .notFound, !allowed.isEmpty,
               !allowed.contains(request.method.rawValue)
            {
                // The router found no route, but the path exists with other methods (RFC 9110 §15.5.6: 405
                // with Allow). A handler's own 404 (an object out of scope) stays 404.
                let list = allowed.joined(separator: ", ")
                appError = AppError(
                    .methodNotAllowed, code: "method_not_allowed", message: "\(request.method) is not allowed here; use \(list).")
                var response = try appError.response(from: request, context: context)
                response.headers[.allow] = list
                return response
            }
            if appError.status == .internalServerError {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            if request.uri.path.hasPrefix("/api/") {
                return try appError.response(from: request, context: context)
            }
            if appError.status == .unauthorized {
                let next = request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
                return Response(status: .seeOther, headers: [.location: "/login?next=\(next)"])
            }
            let chrome = PageChrome(
                title: appError.status.reasonPhrase, userName: context.viewer?.account.name,
                role: context.viewer?.role.rawValue, nav: Navigation.links(for: context.viewer, current: ""),
                csrf: context.viewer?.csrfToken, vendor: vendorPath, charts: false, maps: false)
            return try renderer.render(
                "error", Page(chrome: chrome, content: ErrorContent(status: Int(appError.status.code), message: appError.message)),
                status: appError.status)
        }
    }

    /// Maps any error to an ``AppError``; unknown errors become a 500 that reveals nothing.
    static func appError(from error: any Error) -> AppError {
        switch error {
        case let error as AppError:
            return error
        case let error as HTTPError:
            let code = error.status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_")
            return AppError(error.status, code: code, message: error.body ?? error.status.reasonPhrase)
        default:
            return AppError(.internalServerError, code: "internal", message: "Something went wrong on our side.")
        }
    }
}

/// The error page's values.
struct ErrorContent: Sendable {
    var status: Int
    var message: String
}
