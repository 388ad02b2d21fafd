import Foundation
import Hummingbird
import Metrics
import UptakeStore

/// `GET /login`, `POST /login`, `POST /logout` and `GET /`: signing in and out with a server-side session.
struct LoginController: Sendable {
    /// The cookie that carries the sign-in form's CSRF token (double-submit: no session exists yet).
    static let formCookie = "uptake_login_csrf"

    let repository: any UptakeRepository
    let accounts: AccountService
    let limiter: LoginRateLimiter
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// The sign-in page's values.
    struct Content: Sendable {
        var csrf: String
        var next: String
        var name: String
        var error: String?
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/", use: home)
        router.get("/login", use: form)
        router.post("/login", use: signIn)
        router.post("/logout", use: signOut)
    }

    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        return Response(status: .seeOther, headers: [.location: Navigation.home(for: viewer.role)])
    }

    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let viewer = context.viewer, case .session = viewer.credential {
            return Response(status: .seeOther, headers: [.location: Navigation.home(for: viewer.role)])
        }
        return try page(next: request.uri.queryParameters["next"].map(String.init) ?? "", name: "", error: nil)
    }

    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
        let name = fields.trimmed("name") ?? "", password = fields["password"] ?? ""
        let next = Self.safeNext(fields["next"])
        guard let cookie = request.cookies[Self.formCookie]?.value, let sent = fields[CSRFMiddleware.field],
              SecretToken.constantTimeEquals(cookie, sent)
        else {
            throw AppError.csrf
        }
        let now = Date()
        if try await limiter.isBlocked(user: name, address: context.clientAddress, now: now) {
            Counter(label: "uptake_logins_total", dimensions: [("result", "throttled")]).increment()
            context.logger.warning("sign-in throttled", metadata: ["name": "\(name)", "address": "\(context.clientAddress)"])
            return try page(
                next: next, name: name, error: "Too many failed attempts. Wait a few minutes and try again.",
                status: .tooManyRequests)
        }
        guard let account = try await accounts.verify(name: name, password: password) else {
            try await limiter.recordFailure(user: name, address: context.clientAddress, now: now)
            Counter(label: "uptake_logins_total", dimensions: [("result", "failed")]).increment()
            context.logger.notice("sign-in failed", metadata: ["name": "\(name)", "address": "\(context.clientAddress)"])
            return try page(next: next, name: name, error: "Wrong name or password.", status: .unauthorized)
        }
        try await limiter.recordSuccess(user: name)
        // Expired sessions are deleted here, at sign-in, rather than by a timer: cheap (indexed) and enough.
        _ = try await repository.removeExpiredSessions(at: now)
        Counter(label: "uptake_logins_total", dimensions: [("result", "ok")]).increment()
        let token = SecretToken.generate()
        try await repository.addSession(WebSession(
            tokenHash: SecretToken.sha256Hex(token), userID: account.id, csrfToken: SecretToken.generate(),
            createdAt: now, expiresAt: now.addingTimeInterval(configuration.sessionLifetime)))
        context.logger.info("signed in", metadata: ["name": "\(account.name)", "role": "\(account.role)"])
        var response = Response(
            status: .seeOther, headers: [.location: next.isEmpty ? Navigation.home(for: account.role) : next])
        response.setCookie(sessionCookie(token, maxAge: Int(configuration.sessionLifetime)))
        response.setCookie(Cookie(name: Self.formCookie, value: "", maxAge: 0, path: "/login", httpOnly: true, sameSite: .lax))
        return response
    }

    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        if case .session(let hash, _) = try context.requireViewer().credential {
            try await repository.removeSession(tokenHash: hash)
        }
        var response = Response(status: .seeOther, headers: [.location: "/login"])
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    /// The session cookie: HttpOnly, SameSite=Lax, Secure when served over TLS.
    private func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: AuthenticationMiddleware.sessionCookie, value: value, maxAge: maxAge, path: "/",
            secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// The sign-in page with a fresh form token in a cookie and in the form.
    private func page(next: String, name: String, error: String?, status: HTTPResponse.Status = .ok) throws -> Response {
        let csrf = SecretToken.generate()
        let chrome = PageChrome(
            title: "Sign in", userName: nil, role: nil, nav: [], csrf: nil, vendor: configuration.vendorPath,
            charts: false, maps: false)
        var response = try renderer.render(
            "login", Page(chrome: chrome, content: Content(csrf: csrf, next: Self.safeNext(next), name: name, error: error)),
            status: status)
        response.setCookie(Cookie(
            name: Self.formCookie, value: csrf, path: "/login", secure: configuration.secureCookies, httpOnly: true,
            sameSite: .lax))
        return response
    }

    /// Only a local path may follow sign-in (no open redirect to another site).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), next != "/login" else {
            return ""
        }
        return next
    }
}
