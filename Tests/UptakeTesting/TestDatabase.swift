import Foundation
import UptakeStore

/// The backends every store contract test runs against, for parametrised tests:
///
/// ```swift
/// @Test(arguments: TestDatabase.allCases)
/// func roundTrip(_ database: TestDatabase) async throws {
///     try await database.withRepository { repository in ... }
/// }
/// ```
public enum TestDatabase: String, CaseIterable, Sendable, CustomStringConvertible {
    /// SQLite in a fresh file in a temp directory.
    case sqliteFile
    /// SQLite in memory.
    case sqliteMemory
    /// A fresh database on the shared throwaway PostgreSQL 15 server (``PostgresTestServer``).
    case postgres

    /// The case name, shown by the test runner.
    public var description: String { rawValue }

    /// A URL for a new, empty database of this kind, and what removes it afterwards.
    ///
    /// - Returns: The URL and a cleanup closure (removes the SQLite temp directory; PostgreSQL databases go
    ///   with the server at exit).
    /// - Throws: ``PostgresTestServerError`` when PostgreSQL is not installed or does not start.
    public func makeURL() async throws -> (url: DatabaseURL, cleanup: @Sendable () -> Void) {
        switch self {
        case .sqliteFile:
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("uptake-store-test-\(UUID().uuidString)")
            // A nested path checks that missing parent directories are made.
            let url = DatabaseURL.sqliteFile(directory.appendingPathComponent("db/uptake.sqlite").path)
            return (url, { try? FileManager.default.removeItem(at: directory) })
        case .sqliteMemory:
            return (.sqliteMemory, {})
        case .postgres:
            return (try await PostgresTestServer.shared().makeDatabase(), {})
        }
    }

    /// Opens a new, empty, migrated repository of this kind, runs `body`, then shuts it down and cleans up.
    ///
    /// - Parameter body: The test.
    /// - Returns: What `body` returned.
    /// - Throws: What opening, migrating or `body` threw.
    public func withRepository<T: Sendable>(_ body: (SQLRepository) async throws -> T) async throws -> T {
        let (url, cleanup) = try await makeURL()
        defer { cleanup() }
        return try await SQLRepository.withRepository(url) { repository in
            try await repository.migrate()
            return try await body(repository)
        }
    }
}
