import Foundation
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting
@testable import UptakeServer

/// A lead's page and `GET /api/v1/leads/{id}`: every stored score newest first with the latest reasons, and
/// the ledger of the lead's suggestions with corrections marked, under the usual scope (404 outside it).
@Suite struct LeadControllerTests {
    static let t0 = StoreFixtures.epoch

    /// Three scores of `lead-1` (two models) and one of `lead-3`; on `rep-1`'s suggestion of `lead-1`: shown,
    /// accepted, then a dismissal correcting the acceptance; and one event on `rep-3`'s suggestion of `lead-3`.
    static func seed(_ harness: ServerTestHarness) async throws {
        let repository = harness.repository
        func score(_ lead: LeadID, _ version: String, days: Double, _ value: Int, _ probability: Double?)
            -> StoredLeadScore
        {
            StoredLeadScore(
                lead: lead, modelVersion: version, scoredAt: t0 + days * 86_400, probability: probability,
                score: value, tier: value >= 70 ? .gold : value >= 40 ? .silver : .bronze,
                positiveReasons: [ScoreReason(feature: "agents", value: "12", contribution: 0.41)],
                negativeReasons: [ScoreReason(feature: "segment", value: "retail", contribution: -0.125)])
        }
        try await repository.appendScores([
            score("lead-1", "m-0001", days: 0, 22, 0.118), score("lead-1", "m-0001", days: 7, 35, 0.2),
            score("lead-3", "m-0001", days: 7, 90, 0.7), score("lead-1", "m-0002", days: 14, 71, 0.4375),
        ])
        let mine = try #require(harness.suggestions["rep-1"]), theirs = try #require(harness.suggestions["rep-3"])
        try await repository.append(ledgerEvents: [
            try LedgerEvent(id: "e1", suggestion: mine, rep: "rep-1", lead: "lead-1", kind: .shown, time: t0),
            try LedgerEvent(id: "e2", suggestion: mine, rep: "rep-1", lead: "lead-1", kind: .accepted, time: t0 + 60),
            try LedgerEvent(id: "x1", suggestion: theirs, rep: "rep-3", lead: "lead-3", kind: .shown, time: t0 + 90),
            try LedgerEvent(id: "e3", suggestion: mine, rep: "rep-1", lead: "lead-1", kind: .dismissed, time: t0 + 120,
                            reason: "too_far", note: "Forty minutes each way", supersedes: "e2"),
        ], recordedAt: t0)
    }

    /// The API's answer, decoded.
    struct Answer: Decodable {
        var id: String
        var name: String
        var scores: [LeadController.History.Score]
        var moreScores: Bool
        var positiveReasons: [LeadController.History.Reason]
        var negativeReasons: [LeadController.History.Reason]
        var events: [LeadController.History.Event]
        var moreEvents: Bool
    }

    @Test func theAPIGivesTheLeadWithItsScoresAndLedgerAsStored() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await Self.seed(harness)
            let stored = try await harness.repository.scoreHistory(lead: "lead-1", limit: 50)
            let ledger = try await harness.repository.ledgerEvents(lead: "lead-1", limit: 50)
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/leads/lead-1", method: .get, headers: harness.headers(.rep))
                #expect(response.status == .ok)
                let answer = try response.json(Answer.self)
                #expect(answer.id == "lead-1" && answer.name == "Acme")
                #expect(answer.scores.map(\.score) == [71, 35, 22])
                #expect(answer.scores.map(\.score) == stored.map(\.score))
                #expect(answer.scores.map(\.modelVersion) == ["m-0002", "m-0001", "m-0001"])
                #expect(answer.scores.map(\.probability) == [0.4375, 0.2, 0.118])
                #expect(answer.scores.map(\.tier) == ["gold", "bronze", "bronze"])
                #expect(answer.scores.map(\.scoredAt) == stored.map(\.scoredAt))
                #expect(!answer.moreScores && !answer.moreEvents)
                #expect(answer.positiveReasons.map(\.text) == ["agents = 12: raises the chance"])
                #expect(answer.negativeReasons.map(\.contribution) == [-0.125])
                // Newest first; the acceptance is marked superseded by the dismissal that corrects it.
                #expect(answer.events.map(\.id) == ["e3", "e2", "e1"])
                #expect(answer.events.map(\.id) == ledger.map(\.id))
                #expect(answer.events.map(\.superseded) == [false, true, false])
                #expect(answer.events[1].supersededBy == "e3" && answer.events[0].supersedes == "e2")
                #expect(answer.events[0].reason == "too_far" && answer.events[0].note == "Forty minutes each way")
                #expect(answer.events.allSatisfy { $0.rep == "rep-1" && $0.suggestion == harness.suggestions["rep-1"] })
                // Another rep's lead is missing to this rep, history and all.
                let other = try await client.execute(
                    uri: "/api/v1/leads/lead-3", method: .get, headers: harness.headers(.rep))
                #expect(other.status == .notFound && !other.text.contains("x1"))
                let unscored = try await client.execute(
                    uri: "/api/v1/leads/lead-0", method: .get, headers: harness.headers(.analyst))
                let empty = try unscored.json(Answer.self)
                #expect(empty.scores.isEmpty && empty.events.isEmpty && empty.positiveReasons.isEmpty)
            }
        }
    }

    @Test func thePageShowsTheHistoryAndMarksTheCorrection() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await Self.seed(harness)
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/leads/lead-1", method: .get, headers: harness.headers(.rep))
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains(#"<strong id="lead-score">71</strong>"#))
                #expect(page.contains("agents = 12: raises the chance (+0.41)"))
                #expect(page.contains("segment = retail: lowers the chance (-0.12)") || page.contains("(-0.13)"))
                let table = try #require(page.range(of: #"id="score-history""#))
                let rows = page[table.upperBound...].components(separatedBy: "</table>")[0]
                #expect(rows.components(separatedBy: "<tr>").count - 2 == 3)  // header and three scores
                #expect(rows.contains(
                    #"<td>2023-11-28 22:13 UTC</td><td><code>m-0002</code></td><td class="num">0.438</td>"#))
                #expect(page.contains(#"<tr class="superseded"><td>2023-11-14 22:14 UTC</td><td>accepted"#))
                #expect(page.contains("(superseded by e3)"))
                #expect(page.contains("reason too_far · “Forty minutes each way” · corrects e2"))
                let theirs = try #require(harness.suggestions["rep-3"])
                #expect(!page.contains(theirs) && !page.contains("Cedar"))
                let missing = try await client.execute(
                    uri: "/leads/lead-3", method: .get, headers: harness.headers(.rep))
                #expect(missing.status == .notFound)
                let unscored = try await client.execute(
                    uri: "/leads/lead-0", method: .get, headers: harness.headers(.admin))
                #expect(unscored.text.contains("No score is stored for this lead."))
                #expect(unscored.text.contains("No suggestion of this lead has a ledger event."))
            }
        }
    }

    @Test func onlyTheMostRecentFiftyOfEachAreListed() async throws {
        try await ServerTestHarness.withHarness { harness in
            let many = (0..<53).map { index in
                StoredLeadScore(
                    lead: "lead-1", modelVersion: "m-0001", scoredAt: Self.t0 + Double(index) * 3_600,
                    probability: nil, score: 1 + index, tier: .bronze, positiveReasons: [], negativeReasons: [])
            }
            try await harness.repository.appendScores(many)
            let id = try #require(harness.suggestions["rep-1"])
            try await harness.repository.append(ledgerEvents: try (0..<51).map {
                try LedgerEvent(id: "n\($0)", suggestion: id, rep: "rep-1", lead: "lead-1", kind: .visited,
                                time: Self.t0 + Double($0))
            }, recordedAt: Self.t0)
            let history = try await LeadController.History.load(
                lead: "lead-1", limit: LeadController.historyLimit, repository: harness.repository)
            #expect(history.scores.count == 50 && history.moreScores)
            #expect(history.scores.first?.score == 53 && history.scores.last?.score == 4)
            #expect(history.scores.allSatisfy { $0.probability == nil })
            #expect(history.events.count == 50 && history.moreEvents)
            #expect(history.events.first?.id == "n50" && history.events.last?.id == "n1")
        }
    }
}
