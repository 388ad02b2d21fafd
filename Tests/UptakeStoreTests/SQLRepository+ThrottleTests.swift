import Foundation
import SQLKit
import Testing
import UptakeCore
@testable import UptakeStore
import UptakeTesting

/// Failed sign-ins shared through the database (schema version 7), on an SQLite file, SQLite in memory and
/// PostgreSQL 15.
@Suite("SQLRepository sign-in throttle")
struct SQLRepositoryThrottleTests {
    static let t0 = StoreFixtures.epoch

    /// Rows in `login_failures`.
    static func rows(_ repository: SQLRepository) async throws -> Int {
        try await repository.withDatabase { database in
            try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("login_failures").first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func failuresAreCountedPerKeyInsideTheWindow(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            for second in [0.0, 1, 2] {
                try await repository.recordLoginFailure(
                    keys: ["user:ada", "ip:10.0.0.1"], at: Self.t0 + second, pruningBefore: Self.t0 - 900)
            }
            try await repository.recordLoginFailure(
                keys: ["user:bob", "ip:10.0.0.1"], at: Self.t0 + 3, pruningBefore: Self.t0 - 900)
            let keys: Set = ["user:ada", "user:bob", "ip:10.0.0.1", "ip:10.0.0.2"]
            #expect(try await repository.loginFailureCounts(keys: keys, after: Self.t0 - 1)
                    == ["user:ada": 3, "user:bob": 1, "ip:10.0.0.1": 4])
            // The window's start is excluded, to the millisecond.
            #expect(try await repository.loginFailureCounts(keys: keys, after: Self.t0)
                    == ["user:ada": 2, "user:bob": 1, "ip:10.0.0.1": 3])
            #expect(try await repository.loginFailureCounts(keys: [], after: Self.t0 - 1).isEmpty)
            try await repository.clearLoginFailures(key: "user:ada")
            #expect(try await repository.loginFailureCounts(keys: keys, after: Self.t0 - 1)
                    == ["user:bob": 1, "ip:10.0.0.1": 4])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func recordingPrunesFailuresTooOldToCount(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            try await repository.recordLoginFailure(
                keys: ["user:ada", "ip:a"], at: Self.t0, pruningBefore: .distantPast)
            try await repository.recordLoginFailure(
                keys: ["user:ada", "ip:a"], at: Self.t0 + 600, pruningBefore: .distantPast)
            #expect(try await Self.rows(repository) == 4)
            // 15 minutes after the first failure it no longer counts, and the next failure deletes it.
            try await repository.recordLoginFailure(
                keys: ["user:cy", "ip:b"], at: Self.t0 + 900, pruningBefore: Self.t0)
            #expect(try await Self.rows(repository) == 4)
            #expect(try await repository.loginFailureCounts(keys: ["user:ada", "ip:a", "ip:b"], after: .distantPast)
                    == ["user:ada": 1, "ip:a": 1, "ip:b": 1])
        }
    }

    @Test func theSchemaIncludesVersionSeven() async throws {
        try await TestDatabase.sqliteMemory.withRepository { repository async throws in
            #expect(Migration.all.map(\.version).contains(7))
            #expect(try await repository.appliedMigrations().contains(7))
            #expect(try await Self.rows(repository) == 0)
        }
    }
}
