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
                // A used or unknown link gets the neutral page, on submission as on the form.
                let used = try await Self.post(client, link: "page-token", csrf: csrf, cookie: csrf)
                #expect(used.status == .notFound)
                #expect(used.text.contains("pulse-closed"))
                let unknown = try await Self.post(client, link: "no-such-token", csrf: csrf, cookie: csrf)
                #expect(unknown.status == .notFound)
                #expect(unknown.text.contains("pulse-closed"))
            }
            let stored = try await harness.pulseAnswers()
            #expect(stored.count == 1)
            #expect(stored.first?.scores == (try PulseScores(confidence: 5, trust: 4, goalClarity: 3, training: 2)))
            #expect(stored.first?.comment == "fine")
        }
    }

    @Test func theFormIsShownOnlyForALinkThatCanAnswer() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.seedPulse(tokens: ["fresh-token", "used-token"])
            _ = try await harness.repository.submitPulseAnswer(
                tokenHash: PulseLinkToken.hash("used-token"),
                scores: try PulseScores(confidence: 3, trust: 3, goalClarity: 3, training: 3), comment: nil)
            try await harness.test { client in
                // Fresh: the form, twice (looking does not use the link).
                _ = try await Self.formToken(client, link: "fresh-token")
                _ = try await Self.formToken(client, link: "fresh-token")
                // Used and unknown: the same neutral page and status, no form and no form cookie.
                var pages: [String] = []
                for link in ["used-token", "never-issued-token"] {
                    let page = try await client.execute(uri: "/pulse/\(link)", method: .get)
                    #expect(page.status == .notFound)
                    #expect(page.text.contains("This link has already been used or is not valid."))
                    #expect(!page.text.contains("pulse-form"))
                    #expect(page.headers[.setCookie] == nil)
                    pages.append(page.text.replacingOccurrences(of: link, with: "LINK"))
                }
                #expect(pages[0] == pages[1])
            }
            // Looking stored nothing and consumed nothing.
            #expect(try await harness.pulseAnswers().count == 1)
            #expect(try await harness.repository.pulseTokenIsOpen(tokenHash: PulseLinkToken.hash("fresh-token")))
        }
    }
}
