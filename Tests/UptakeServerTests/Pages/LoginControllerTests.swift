import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeStore
@testable import UptakeServer

/// Signing in and out with a server-side session: cookies, CSRF, rate limits.
@Suite struct LoginControllerTests {
    /// The `name=value` of a `Set-Cookie` header with this name, and its attributes.
    static func cookie(_ name: String, in response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }

    /// The value of a cookie in a `Set-Cookie` header.
    static func value(_ setCookie: String?) -> String? {
        setCookie?.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last.map(String.init)
    }

    /// GETs the form and returns its CSRF cookie value (the form carries the same).
    static func formToken(_ client: some TestClientProtocol) async throws -> String {
        let form = try await client.execute(uri: "/login", method: .get)
        #expect(form.status == .ok)
        let token = try #require(value(cookie(LoginController.formCookie, in: form)))
        #expect(form.text.contains("value=\"\(token)\""))
        return token
    }

    /// POSTs the sign-in form.
    static func signIn(
        _ client: some TestClientProtocol, name: String, password: String, csrf: String, cookie: String? = nil
    ) async throws -> TestResponse {
        let body = "_csrf=\(csrf)&name=\(name)&password=\(password)&next="
        return try await client.execute(
            uri: "/login", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(LoginController.formCookie)=\(cookie ?? csrf)"],
            body: ByteBuffer(string: body))
    }

    @Test func signingInSetsAnHttpOnlyLaxSessionAndLandsOnTheRolesPage() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let csrf = try await Self.formToken(client)
                let response = try await Self.signIn(client, name: "rep", password: ServerTestHarness.password, csrf: csrf)
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/day")
                let session = try #require(Self.cookie(AuthenticationMiddleware.sessionCookie, in: response))
                #expect(session.contains("HttpOnly"))
                #expect(session.contains("SameSite=Lax"))
                #expect(!session.contains("Secure"))
                let token = try #require(Self.value(session))
                // The store keeps the token's hash, not the token.
                #expect(try await harness.repository.session(tokenHash: token, at: Date()) == nil)
                #expect(try await harness.repository.session(tokenHash: SecretToken.sha256Hex(token), at: Date()) != nil)

                let day = try await client.execute(
                    uri: "/day?date=2026-11-20", method: .get,
                    headers: [.cookie: "\(AuthenticationMiddleware.sessionCookie)=\(token)"])
                #expect(day.status == .ok)
                #expect(day.text.contains("My day"))
            }
        }
    }

    @Test func secureCookiesWhenServedOverTLS() async throws {
        var configuration = ServerTestHarness.configuration
        configuration.secureCookies = true
        try await ServerTestHarness.withHarness(configuration: configuration) { harness in
            try await harness.test(configuration: configuration) { client in
                let csrf = try await Self.formToken(client)
                let response = try await Self.signIn(client, name: "admin", password: ServerTestHarness.password, csrf: csrf)
                #expect(Self.cookie(AuthenticationMiddleware.sessionCookie, in: response)?.contains("Secure") == true)
            }
        }
    }

    @Test func aSignInWithoutTheFormsTokenIsRefused() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let csrf = try await Self.formToken(client)
                let response = try await Self.signIn(
                    client, name: "rep", password: ServerTestHarness.password, csrf: csrf, cookie: "something-else")
                #expect(response.status == .forbidden)
                #expect(Self.cookie(AuthenticationMiddleware.sessionCookie, in: response) == nil)
            }
        }
    }

    @Test func wrongPasswordsAreThrottledPerUser() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let csrf = try await Self.formToken(client)
                for _ in 0..<ServerTestHarness.configuration.loginAttemptsPerUser {
                    let response = try await Self.signIn(client, name: "rep", password: "wrong-password", csrf: csrf)
                    #expect(response.status == .unauthorized)
                    #expect(response.text.contains("Wrong name or password."))
                }
                // Now even the right password is refused until the window passes.
                let blocked = try await Self.signIn(client, name: "rep", password: ServerTestHarness.password, csrf: csrf)
                #expect(blocked.status == .tooManyRequests)
                #expect(Self.cookie(AuthenticationMiddleware.sessionCookie, in: blocked) == nil)
                // Another user is not locked out by rep's failures.
                let other = try await Self.signIn(client, name: "manager", password: ServerTestHarness.password, csrf: csrf)
                #expect(other.status == .seeOther)
            }
        }
    }

    @Test func formsPostedWithASessionNeedItsCSRFToken() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let csrf = try await Self.formToken(client)
                let signedIn = try await Self.signIn(client, name: "admin", password: ServerTestHarness.password, csrf: csrf)
                let token = try #require(Self.value(Self.cookie(AuthenticationMiddleware.sessionCookie, in: signedIn)))
                let cookie: HTTPFields = [
                    .cookie: "\(AuthenticationMiddleware.sessionCookie)=\(token)",
                    .contentType: "application/x-www-form-urlencoded",
                ]
                let page = try await client.execute(uri: "/admin", method: .get, headers: cookie)
                let stored = try #require(try await harness.repository.session(
                    tokenHash: SecretToken.sha256Hex(token), at: Date()))
                #expect(page.text.contains("name=\"_csrf\" value=\"\(stored.session.csrfToken)\""))

                let forged = try await client.execute(
                    uri: "/admin/users", method: .post, headers: cookie,
                    body: ByteBuffer(string: "name=mallory&role=admin&password=long-enough"))
                #expect(forged.status == .forbidden)
                #expect(try await harness.repository.user(named: "mallory") == nil)

                let added = try await client.execute(
                    uri: "/admin/users", method: .post, headers: cookie,
                    body: ByteBuffer(string: "_csrf=\(stored.session.csrfToken)&name=grace&role=analyst&password=long-enough"))
                #expect(added.status == .ok)
                #expect(added.text.contains("Added grace (analyst)."))
                #expect(try await harness.repository.user(named: "grace")?.role == .analyst)

                let signOut = try await client.execute(
                    uri: "/logout", method: .post, headers: cookie,
                    body: ByteBuffer(string: "_csrf=\(stored.session.csrfToken)"))
                #expect(signOut.status == .seeOther)
                #expect(try await harness.repository.session(tokenHash: SecretToken.sha256Hex(token), at: Date()) == nil)
                let after = try await client.execute(uri: "/admin", method: .get, headers: cookie)
                #expect(after.status == .seeOther)
                #expect(after.headers[.location]?.hasPrefix("/login?next=") == true)
            }
        }
    }

    @Test func onlyLocalPathsMayFollowSignIn() {
        #expect(LoginController.safeNext("/team") == "/team")
        #expect(LoginController.safeNext("//evil.example/") == "")
        #expect(LoginController.safeNext("https://evil.example/") == "")
        #expect(LoginController.safeNext("/\\evil.example") == "")
        #expect(LoginController.safeNext(nil) == "")
    }

    @Test func revokedTokensStopWorking() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let headers = harness.headers(.analyst)
                #expect(try await client.execute(uri: "/api/v1/me", method: .get, headers: headers).status == .ok)
                let analyst = try #require(harness.accounts[.analyst])
                let token = try #require(try await harness.repository.apiTokens(userID: analyst.id).first)
                try await harness.repository.revokeAPIToken(id: token.id, userID: analyst.id, at: Date())
                let refused = try await client.execute(uri: "/api/v1/me", method: .get, headers: headers)
                #expect(refused.status == .unauthorized)
                #expect(refused.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            }
        }
    }
}
