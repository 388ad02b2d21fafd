import Foundation
import Testing
import UptakeStore
import UptakeTesting

/// The test harness itself: a missing PostgreSQL fails loudly, and the shared server really is PostgreSQL 15.
@Suite("PostgresTestServer")
struct PostgresTestServerTests {
    @Test
    func missingBinariesFailWithWhatToRun() {
        let nowhere = URL(fileURLWithPath: "/nonexistent/postgresql/15/bin")
        let error = #expect(throws: PostgresTestServerError.self) {
            try PostgresTestServer.requireBinaries(in: nowhere)
        }
        #expect(error?.code == .missingBinaries)
        #expect(error?.message.contains("make test") == true)
    }

    @Test
    func eachDatabaseIsFreshOnTheSharedServer() async throws {
        let server = try PostgresTestServer.shared()
        let first = try await server.makeDatabase(), second = try await server.makeDatabase()
        #expect(first != second)
        #expect(first.description.contains("127.0.0.1:\(server.port)/"))
        try await SQLRepository.withRepository(first) { repository async throws in
            try await repository.migrate()
            _ = try await repository.upsert(reps: [StoreFixtures.rep("rep-1")])
        }
        try await SQLRepository.withRepository(second) { repository async throws in
            try await repository.migrate()
            #expect(try await repository.counts().reps == 0)
            #expect(repository.kind == .postgres)
        }
    }
}
