import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeStore
@testable import UptakeServer

/// My day in a browser session: the plan's stops with the suggestion's explanation, and its buttons, which
/// are CSRF-checked forms that write ledger events and come back to the day.
@Suite struct DayControllerTests {
    /// Signs in as the rep and returns the session cookie header and the page's CSRF token.
    static func repSession(_ client: some TestClientProtocol) async throws -> (cookie: String, page: String) {
        let csrf = try await LoginControllerTests.formToken(client)
        let signIn = try await LoginControllerTests.signIn(
            client, name: "rep", password: ServerTestHarness.password, csrf: csrf)
        let token = try #require(LoginControllerTests.value(
            LoginControllerTests.cookie(AuthenticationMiddleware.sessionCookie, in: signIn)))
        let cookie = "\(AuthenticationMiddleware.sessionCookie)=\(token)"
        let page = try await client.execute(uri: "/day?date=2026-11-20", method: .get, headers: [.cookie: cookie])
        #expect(page.status == .ok)
        return (cookie, page.text)
    }

    /// The `_csrf` value a page's forms carry.
    static func csrf(in page: String) throws -> String {
        let marker = #"name="_csrf" value=""#
        let start = try #require(page.range(of: marker)).upperBound
        return String(page[start...].prefix { $0 != "\"" })
    }

    @Test func theDayShowsTheSuggestionWithItsExplanationAndButtons() async throws {
        try await ServerTestHarness.withHarness { harness in
            let id = try #require(harness.suggestions["rep-1"])
            try await harness.test { client in
                let (_, page) = try await Self.repSession(client)
                #expect(page.contains(#"id="s-\#(id)""#))
                #expect(page.contains("Acme: adds 8 min between Meeting appt-1 09:00 and Meeting appt-2 13:00"))
                #expect(page.contains("agents = 12 raises the score"))
                #expect(page.contains(#"<span class="time">10:30</span>"#))
                #expect(page.contains(#"action="/day/suggestions/\#(id)/events""#))
                #expect(page.contains(#"<option value="too_far">Too far</option>"#))
                // Stops in the plan's order: appointment, suggestion, lunch, appointment.
                let order = ["08:50", "10:30", "12:00", "12:50"].compactMap { page.range(of: ">\($0)<")?.lowerBound }
                #expect(order.count == 4 && order == order.sorted())
            }
        }
    }

    @Test func acceptingWritesALedgerEventAndReturnsToTheDay() async throws {
        try await ServerTestHarness.withHarness { harness in
            let id = try #require(harness.suggestions["rep-1"])
            try await harness.test { client in
                let (cookie, page) = try await Self.repSession(client)
                let form: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
                let forged = try await client.execute(
                    uri: "/day/suggestions/\(id)/events", method: .post, headers: form,
                    body: ByteBuffer(string: "kind=accepted&_csrf=forged"))
                #expect(forged.status == .forbidden)
                #expect(try await harness.repository.ledgerEventCount() == 0)

                let csrf = try Self.csrf(in: page)
                let accepted = try await client.execute(
                    uri: "/day/suggestions/\(id)/events", method: .post, headers: form,
                    body: ByteBuffer(string: "_csrf=\(csrf)&date=2026-11-20&kind=accepted"))
                #expect(accepted.status == .seeOther)
                #expect(accepted.headers[.location] == "/day?date=2026-11-20#s-\(id)")
                let after = try await client.execute(uri: "/day?date=2026-11-20", method: .get, headers: [.cookie: cookie])
                #expect(after.text.contains(#"data-status="accepted""#))
                #expect(after.text.contains(#"value="visited""#))

                let dismissed = try await client.execute(
                    uri: "/day/suggestions/\(id)/events", method: .post, headers: form,
                    body: ByteBuffer(string: "_csrf=\(csrf)&kind=dismissed&reason=other&note=shop+closed"))
                #expect(dismissed.headers[.location] == "/day#s-\(id)")
            }
            let events = try await harness.repository.ledgerEvents(suggestions: [id])
            #expect(events.map(\.kind) == [.shown, .accepted, .dismissed])
            #expect(events.last?.note == "shop closed")
        }
    }
}
