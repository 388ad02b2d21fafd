import Foundation
import Hummingbird
import UptakeCore
import UptakeStore

/// `GET /pulse/{token}` and `POST /pulse/{token}`: the readiness pulse's anonymous one-time link.
///
/// No sign-in: the token is the credential. The form is protected with a double-submit cookie like the
/// sign-in form (a session may not exist). A link that cannot answer — never issued or already used —
/// gets one neutral page ("this link has already been used or is not valid") with status 404, on `GET`
/// (checked with ``UptakeStore/PulseStore/pulseTokenIsOpen(tokenHash:)``, which consumes nothing) and on
/// `POST` (nothing is stored). 404 rather than 410 Gone: one status for both cases, so the answer does not
/// tell an unknown link from a used one, and "used" is never confirmed to whoever holds a link.
struct PulseController: Sendable {
    /// The cookie that carries the pulse form's CSRF token.
    static let formCookie = "uptake_pulse_csrf"

    let repository: any UptakeRepository
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// One 5-point item of the form.
    struct Item: Sendable {
        /// One radio button.
        struct Choice: Sendable {
            var key: String
            var value: Int
            var id: String
        }

        var key: String
        var label: String
        var statement: String
        var choices: [Choice]
    }

    /// The pulse page's values.
    struct Content: Sendable {
        var token: String
        var csrf: String
        var title: String
        var items: [Item]
        var commentPrompt: String
        var thanks: Bool
        /// The link cannot answer (unknown or used): the neutral notice, no form.
        var closed: Bool
        var error: String?
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/pulse/{token}", use: form)
        router.post("/pulse/{token}", use: submit)
    }

    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard try await repository.pulseTokenIsOpen(tokenHash: PulseLinkToken.hash(token)) else {
            return try closedPage(token: token)
        }
        return try page(token: token, context: context, thanks: false, error: nil)
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let token = try context.parameters.require("token")
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        guard let cookie = request.cookies[Self.formCookie]?.value, let sent = fields[CSRFMiddleware.field],
              SecretToken.constantTimeEquals(cookie, sent)
        else {
            throw AppError.csrf
        }
        let input: PulseAnswerInput
        do {
            input = try PulseAnswerInput(fields: fields)
        } catch let error as AppError {
            return try page(token: token, context: context, thanks: false, error: error.message, status: .badRequest)
        }
        do {
            try await PulseLink(repository: repository).submit(token: token, input: input)
        } catch let error as AppError where error.status == .notFound {
            return try closedPage(token: token)
        }
        var response = try page(token: token, context: context, thanks: true, error: nil)
        response.setCookie(Cookie(
            name: Self.formCookie, value: "", maxAge: 0, path: "/pulse", httpOnly: true, sameSite: .lax))
        return response
    }

    /// The neutral page of a link that cannot answer, with status 404 and no form (so no form cookie).
    private func closedPage(token: String) throws -> Response {
        let template = PulseSurveyTemplate.readiness
        let chrome = PageChrome(
            title: template.title, userName: nil, role: nil, nav: [], csrf: nil, vendor: configuration.vendorPath,
            charts: false, maps: false)
        let content = Content(
            token: token, csrf: "", title: template.title, items: [], commentPrompt: template.commentPrompt,
            thanks: false, closed: true, error: nil)
        return try renderer.render("pulse", Page(chrome: chrome, content: content), status: .notFound)
    }

    /// The form (or the thank-you note) with a form token in a cookie and in the form.
    private func page(
        token: String, context: AppRequestContext, thanks: Bool, error: String?, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        // A signed-in visitor's POST is also checked against the session's token (CSRFMiddleware), so the form
        // carries that one; otherwise a fresh one.
        let csrf = context.viewer?.csrfToken ?? SecretToken.generate()
        let template = PulseSurveyTemplate.readiness
        let items = template.items.map { item in
            Item(
                key: item.rawValue, label: item.label, statement: item.statement,
                choices: (1...5).map { Item.Choice(key: item.rawValue, value: $0, id: "\(item.rawValue)-\($0)") })
        }
        let chrome = PageChrome(
            title: template.title, userName: nil, role: nil, nav: [], csrf: nil, vendor: configuration.vendorPath,
            charts: false, maps: false)
        let content = Content(
            token: token, csrf: csrf, title: template.title, items: items, commentPrompt: template.commentPrompt,
            thanks: thanks, closed: false, error: error)
        var response = try renderer.render("pulse", Page(chrome: chrome, content: content), status: status)
        if !thanks {
            response.setCookie(Cookie(
                name: Self.formCookie, value: csrf, path: "/pulse", secure: configuration.secureCookies,
                httpOnly: true, sameSite: .lax))
        }
        return response
    }
}
