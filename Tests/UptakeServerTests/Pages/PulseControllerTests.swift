import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeStore
@testable import UptakeServer

/// The pulse link's page: the form without sign-in, the double-submit cookie, one answer per link.
@Suite struct PulseControllerTests {
    static let fields = "confidence=5&trust=4&goal_clarity=3&training=2&comment=fine"

    /// GETs the form and returns its CSRF cookie value, checking the form carries the same.
    static func formToken(_ client: some TestClientProtocol, link: String) async throws -> String {
        let form = try await client.execute(uri: "/pulse/\(link)", method: .get)
        #expect(form.status == .ok)
        for item in PulseItem.allCases {
            #expect(form.text.contains(item.statement))
            #expect(form.text.contains("name=\"\(item.rawValue)\" id=\"\(item.rawValue)-5\" value=\"5\""))
        }
        let setCookie = LoginControllerTests.cookie(PulseController.formCookie, in: form)
        let cookie = try #require(LoginControllerTests.value(setCookie))
        #expect(form.text.contains("value=\"\(cookie)\""))
        return cookie
    }

    static func post(
        _ client: some TestClientProtocol, link: String, csrf: String, cookie: String?
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = "\(PulseController.formCookie)=\(cookie)" }
        return try await client.execute(
            uri: "/pulse/\(link)", method: .post, headers: headers, body: ByteBuffer(string: "_csrf=\(csrf)&" + fields))
    }

    @Test func aLinkAnswersOnceWithoutSignIn() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.seedPulse(tokens: ["page-token"])
            try await harness.test { client in
                let csrf = try await Self.formToken(client, link: "page-token")
                // Without the cookie the form is refused and the link stays usable.
                let refused = try await Self.post(client, link: "page-token", csrf: csrf, cookie: nil)
                #expect(refused.status == .forbidden)
                let thanks = try await Self.post(client, link: "page-token", csrf: csrf, cookie: csrf)
                #expect(thanks.status == .ok)
                #expect(thanks.text.contains("pulse-thanks"))
                let again = try await Self.formToken(client, link: "page-token")
                let used = try await Self.post(client, link: "page-token", csrf: again, cookie: again)
                #expect(used.status == .notFound)
                let unknown = try await Self.post(client, link: "no-such-token", csrf: again, cookie: again)
                #expect(unknown.status == .notFound)
            }
            let stored = try await harness.pulseAnswers()
            #expect(stored.count == 1)
            #expect(stored.first?.scores == (try PulseScores(confidence: 5, trust: 4, goalClarity: 3, training: 2)))
            #expect(stored.first?.comment == "fine")
        }
    }
}
