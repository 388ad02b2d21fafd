import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeReports
import UptakeStore
@testable import UptakeServer

/// `GET /api/v1/models/{version}`: what the model page shows, as JSON, true to its documented schema.
@Suite(.serialized) struct ModelAPITests {
    /// The answer's parts that the tests decode (the registry entry is checked against the schema).
    struct Answer: Decodable {
        var evaluation: HoldoutEvaluation?
        var featureImportance: [FeatureImportance]
        var health: ModelHealth?
    }

    @Test func theAnswerIsTheStoredEvaluationAndTheLoadersHealth() async throws {
        try await ServerTestHarness.withHarness { harness in
            let (version, model) = try await AnalystControllerTests.seedChampion(harness.repository, now: Date())
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/models/\(version.id)", method: .get, headers: harness.headers(.analyst))
                #expect(response.status == .ok)
                let document = try OpenAPIDocumentTests.document()
                let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body))
                OpenAPIDocumentTests.check(
                    body, against: ["$ref": "#/components/schemas/ModelDetail"], schemas: schemas,
                    at: "/api/v1/models/{version}")
                let object = try #require(body as? [String: Any])
                let entry = try #require(object["model"] as? [String: Any])
                #expect(entry["id"] as? String == version.id && entry["champion"] as? Bool == true)
                #expect(entry["rocAUC"] as? Double == version.metrics?.rocAUC)

                let answer = try response.json(Answer.self)
                #expect(answer.evaluation == model.evaluation)
                #expect(answer.featureImportance == model.featureImportance)
                let health = try #require(answer.health)
                let loaded = try #require(try await ModelHealthLoader().load(
                    asOf: Date(), repository: harness.repository, version: version.id))
                #expect(health.modelVersion == version.id)
                #expect(health.report == loaded.report)

                let missing = try await client.execute(
                    uri: "/api/v1/models/m-9999", method: .get, headers: harness.headers(.analyst))
                #expect(missing.status == .notFound)
                #expect(try missing.json(AppError.Body.self).code == "not_found")
                let manager = try await client.execute(
                    uri: "/api/v1/models/\(version.id)", method: .get, headers: harness.headers(.manager))
                #expect(manager.status == .forbidden)
            }
        }
    }
}
