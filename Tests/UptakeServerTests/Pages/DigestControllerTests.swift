import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeStore
@testable import UptakeServer

/// The weekly digest page: each role gets its own audience's digest.
@Suite struct DigestControllerTests {
    @Test func eachRoleGetsTheDigestOfItsAudience() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let audiences: [UserRole: String] = [
                    .executive: "All teams", .analyst: "All teams", .admin: "All teams",
                    .manager: "Team north", .rep: "Ada North",
                ]
                for (role, audience) in audiences {
                    let response = try await client.execute(
                        uri: "/digest?week=2026-W47", method: .get, headers: harness.headers(role))
                    #expect(response.status == .ok, "\(role)")
                    #expect(response.text.contains("<strong>\(audience)</strong>"), "\(role)")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("script-src") == false)
                    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                }
                let manager = try await client.execute(
                    uri: "/digest?week=2026-W47", method: .get, headers: harness.headers(.manager))
                #expect(!manager.text.contains("All teams"))
                let bad = try await client.execute(
                    uri: "/digest?week=2026-47", method: .get, headers: harness.headers(.executive))
                #expect(bad.status == .badRequest)
                let nobody = try await client.execute(uri: "/digest?week=2026-W47", method: .get)
                #expect(nobody.status == .seeOther)
                #expect(nobody.headers[.location]?.hasPrefix("/login") == true)
                let kpis = try await client.execute(uri: "/kpis", method: .get, headers: harness.headers(.executive))
                #expect(kpis.text.contains("href=\"/digest\""))
            }
        }
    }
}
