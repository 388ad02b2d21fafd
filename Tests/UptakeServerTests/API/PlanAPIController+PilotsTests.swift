import Foundation
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeReports
import UptakeStore
@testable import UptakeServer

/// `GET /api/v1/pilots` answers the analysis `uptake pilot analyze NAME --json` prints: the same object,
/// number for number, with the pilots' designs beside it.
@Suite struct PlanAPIControllerPilotsTests {
    @Test func theAnalysisIsTheCLIsJSON() async throws {
        try await ServerTestHarness.withHarness { harness in
            let seed = try await ServerTestHarness.seedEvidence(harness.repository)
            // The pilot is over, so the analysis is capped at its end whatever the clock says.
            let cli = try await PilotStoreAnalysis.analyze(seed.pilot, in: harness.repository, asOf: Date()).json()
            try await harness.test { client in
                let expected = try #require(try JSONSerialization.jsonObject(with: Data(cli.utf8)) as? NSDictionary)
                let response = try await client.execute(
                    uri: "/api/v1/pilots", method: .get, headers: harness.headers(.analyst))
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = try #require(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let analysis = try #require(body["analysis"] as? NSDictionary)
                #expect(analysis.isEqual(expected))
                #expect(analysis["pilot"] as? String == seed.pilot && analysis["plan_hash_verified"] as? Bool == true)
                #expect(body["pilotNote"] == nil)
                // Every number as the CLI prints it: the CLI's text is in the answer, character for character.
                #expect(response.text.hasPrefix(#"{"analysis":"# + cli + ","))
                let items = try #require(body["items"] as? [[String: Any]])
                #expect(items.map { $0["id"] as? String } == [seed.pilot])
                #expect(items.first?["status"] as? String == "finished")
                // The answer keeps to the documented schema.
                let document = try OpenAPIDocumentTests.document()
                let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
                OpenAPIDocumentTests.check(
                    body, against: ["$ref": "#/components/schemas/PilotList"], schemas: schemas, at: "/api/v1/pilots")
            }
        }
    }

    @Test func withoutAStartedPilotTheAnswerSaysWhy() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/pilots", method: .get, headers: harness.headers(.analyst))
                let body = try #require(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                #expect(body["analysis"] == nil)
                #expect((body["pilotNote"] as? String)?.hasPrefix("No pilot has started yet") == true)
                #expect((body["items"] as? [Any])?.isEmpty == true)
            }
        }
    }
}
