import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting
@testable import UptakeServer

/// `GET /health` through the same application builder the executable uses.
@Suite struct HealthControllerTests {
    @Test(arguments: [TestDatabase.sqliteMemory, .postgres])
    func healthNamesTheVersionAndTheDatabase(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            let app = try await buildApplication(configuration: ServerConfiguration(port: 0), repository: repository)
            try await app.test(.router) { client in
                try await client.execute(uri: "/health", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                    let body = try JSONDecoder().decode(HealthStatus.self, from: Data(buffer: response.body))
                    #expect(body == HealthStatus(
                        status: "ok", version: Uptake.version, database: database == .postgres ? "postgres" : "sqlite"
                    ))
                }
            }
        }
    }

    @Test func unknownRoutesAnswer404() async throws {
        try await TestDatabase.sqliteMemory.withRepository { repository in
            let app = try await buildApplication(configuration: ServerConfiguration(port: 0), repository: repository)
            try await app.test(.router) { client in
                try await client.execute(uri: "/nothing-here", method: .get) { response in
                    #expect(response.status == .notFound)
                }
                try await client.execute(uri: "/api/v1/nothing-here", method: .get) { response in
                    #expect(response.status == .notFound)
                    let body = try response.json(AppError.Body.self)
                    #expect(body.code == "not_found")
                }
            }
        }
    }
}
