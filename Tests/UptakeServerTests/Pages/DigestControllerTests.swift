import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
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

    /// The W47 digest of the executive, the manager and the rep, by role.
    static func digests(_ client: some TestClientProtocol, _ harness: ServerTestHarness) async throws
        -> [UserRole: String]
    {
        var texts: [UserRole: String] = [:]
        for role in [UserRole.executive, .manager, .rep] {
            let response = try await client.execute(
                uri: "/digest?week=2026-W47", method: .get, headers: harness.headers(role))
            #expect(response.status == .ok, "\(role)")
            texts[role] = response.text
        }
        return texts
    }

    /// The harness's ids (`rep-1`, team `north`) follow no demo scheme: the notice follows the leads' mark,
    /// within the viewer's own scope.
    @Test func theSimulatedNoticeFollowsTheMarkOnTheViewersOwnLeads() async throws {
        try await ServerTestHarness.withHarness { harness in
            let notice = "SIMULATED DATA"
            try await harness.test { client in
                let plain = try await Self.digests(client, harness)
                #expect(plain.values.allSatisfy { !$0.contains(notice) })
            }
            // Only team south's lead is synthetic: the executive sees the notice, north's manager and rep-1 do not.
            var cedar = try #require(try await harness.repository.lead("lead-3"))
            cedar.attributes["demo"] = .boolean(true)
            _ = try await harness.repository.upsert(leads: [cedar])
            try await harness.test { client in
                let south = try await Self.digests(client, harness)
                #expect(south[.executive]?.contains(notice) == true)
                #expect(south[.manager]?.contains(notice) == false)
                #expect(south[.rep]?.contains(notice) == false)
            }
            // rep-1's own lead is synthetic: their manager's digest and their own say so.
            var acme = try #require(try await harness.repository.lead("lead-1"))
            acme.attributes["demo"] = .boolean(true)
            _ = try await harness.repository.upsert(leads: [acme])
            try await harness.test { client in
                let own = try await Self.digests(client, harness)
                #expect(own[.manager]?.contains(notice) == true)
                #expect(own[.rep]?.contains(notice) == true)
            }
        }
    }

    /// The web digest's readiness section never shows a group of four: not the 4 executives (nor the gap
    /// that needs them), not the manager's team of 4 (nor, by complementary suppression, the other team).
    @Test func aPulseGroupOfFourNeverReachesTheWebDigest() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.seedPulse(
                answers: try ServerTestHarness.pulseGroup(.executive, "Leadership", 4, confidence: 5)
                    + ServerTestHarness.pulseGroup(.rep, "north", 4, confidence: 1)
                    + ServerTestHarness.pulseGroup(.rep, "south", 6, confidence: 3))
            try await harness.test { client in
                let texts = try await Self.digests(client, harness)
                for (role, text) in texts {
                    // A rep's digest is their own week only: no readiness section at all.
                    #expect(text.contains("Readiness pulse") == (role != .rep), "\(role)")
                    #expect(!text.contains("4 answers"), "\(role)")
                    #expect(!text.contains("Confidence: executive"), "\(role)")
                    #expect(!text.contains("Leadership"), "\(role)")
                }
                let executive = try #require(texts[.executive])
                #expect(executive.contains("executives have fewer than 5 answers"))
                // The front line (10 answers) is shown: the section is not simply empty.
                #expect(executive.contains("10 answers"))
                let manager = try #require(texts[.manager])
                #expect(manager.contains("suppressed"))
                #expect(!manager.contains("6 answers"))
            }
        }
    }
}
