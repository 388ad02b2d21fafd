import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeStore
@testable import UptakeServer

/// The readiness pulse in the API: one-time links, and results with small groups left out.
@Suite struct PulseAPIControllerTests {
    static let answer = #"{"confidence": 4, "trust": 3, "goal_clarity": 5, "training": 2, "comment": "more training"}"#

    @Test func aLinkAnswersOnceAndABadAnswerLeavesItUsable() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.seedPulse(tokens: ["link-token-1"])
            try await harness.test { client in
                let json: HTTPFields = [.contentType: "application/json"]
                let bad = try await client.execute(
                    uri: "/api/v1/pulse/link-token-1", method: .post, headers: json,
                    body: ByteBuffer(string: #"{"confidence": 9, "trust": 3, "goal_clarity": 5, "training": 2}"#))
                #expect(bad.status == .badRequest)
                let first = try await client.execute(
                    uri: "/api/v1/pulse/link-token-1", method: .post, headers: json,
                    body: ByteBuffer(string: Self.answer))
                #expect(first.status == .created)
                let second = try await client.execute(
                    uri: "/api/v1/pulse/link-token-1", method: .post, headers: json,
                    body: ByteBuffer(string: Self.answer))
                #expect(second.status == .notFound)
                #expect(try second.json(AppError.Body.self).code == "not_found")
            }
            let stored = try await harness.pulseAnswers()
            #expect(stored.count == 1)
            #expect(stored.first?.scores == (try PulseScores(confidence: 4, trust: 3, goalClarity: 5, training: 2)))
            #expect(stored.first?.team == "north")
            #expect(stored.first?.comment == "more training")
        }
    }

    @Test func aGroupOfFourIsNeverInTheResultsAndAGroupOfFiveIs() async throws {
        try await ServerTestHarness.withHarness { harness in
            let scores = try PulseScores(confidence: 4, trust: 4, goalClarity: 3, training: 2)
            func answers(_ team: String, _ count: Int) throws -> [PulseAnswer] {
                try (0..<count).map { _ in try PulseAnswer(role: .rep, team: team, scores: scores) }
            }
            // Tiny (4) and Solo (1) together hold 5, so no shown team has to be suppressed beside them.
            try await harness.seedPulse(
                answers: try answers("Tiny Team", 4) + answers("Solo Team", 1) + answers("Five Team", 5))
            try await harness.test { client in
                for role in [UserRole.executive, .analyst, .admin] {
                    let response = try await client.execute(
                        uri: "/api/v1/pulse/results", method: .get, headers: harness.headers(role))
                    #expect(response.status == .ok, "\(role)")
                    #expect(!response.text.contains("Tiny Team"), "\(role): \(response.text)")
                    #expect(!response.text.contains("Solo Team"))
                    #expect(response.text.contains("Five Team"))
                    let body = try #require(
                        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                    let results = try #require(body["results"] as? [String: Any])
                    #expect(results["suppressedTeams"] as? Int == 2)
                    #expect((results["byTeam"] as? [[String: Any]])?.map { $0["answers"] as? Int } == [5])
                    #expect(body["survey"] as? String == ServerTestHarness.pulseSurveyID)
                }
                for role in [UserRole.rep, .manager] {
                    let response = try await client.execute(
                        uri: "/api/v1/pulse/results", method: .get, headers: harness.headers(role))
                    #expect(response.status == .forbidden, "\(role)")
                    #expect(!response.text.contains("Five Team"))
                }
                let nobody = try await client.execute(uri: "/api/v1/pulse/results", method: .get)
                #expect(nobody.status == .unauthorized)
            }
        }
    }

    @Test func aRoleGroupOfFourIsSuppressedWithTheGapThatNeedsIt() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.seedPulse(
                answers: try ServerTestHarness.pulseGroup(.executive, "Leadership", 4, confidence: 5)
                    + ServerTestHarness.pulseGroup(.rep, "north", 3, confidence: 1)
                    + ServerTestHarness.pulseGroup(.rep, "north", 3, confidence: 2))
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/pulse/results", method: .get, headers: harness.headers(.executive))
                #expect(response.status == .ok)
                let body = try #require(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let results = try #require(body["results"] as? [String: Any])
                let byRole = try #require(results["byRole"] as? [[String: Any]])
                let executives = try #require(byRole.first { $0["name"] as? String == "executive" })
                #expect(executives["suppressed"] as? Bool == true)
                #expect(executives["answers"] == nil && executives["means"] == nil)
                // Nothing else carries the executives' figures: no gap, no team gap, no group of 4 anywhere.
                #expect(results["gap"] == nil || results["gap"] is NSNull)
                #expect((results["gapNote"] as? String)?.contains("executives have fewer than 5") == true)
                #expect((results["teamGaps"] as? [Any])?.isEmpty == true)
                let byTeam = (results["byTeam"] as? [[String: Any]]) ?? []
                let counts = (byRole + byTeam).compactMap { $0["answers"] as? Int }
                #expect(!counts.isEmpty && counts.allSatisfy { $0 >= 5 })
                #expect(!response.text.contains("Leadership"))
            }
        }
    }
}
