import Foundation
import SQLKit

extension SQLRepository {
    public func migrate() async throws {
        for migration in Migration.all {
            do {
                try await withinTransaction { database in try await apply(migration, on: database) }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError(
                    .migrationFailed,
                    "migration \(migration.version) (\(migration.name)) failed and was rolled back: "
                        + String(reflecting: error))
            }
        }
    }

    /// Applies one migration inside the caller's transaction, unless it is recorded as applied.
    private func apply(_ migration: Migration, on database: any SQLDatabase) async throws {
        if kind == .postgres {
            // Two app instances starting together: the second waits here until the first commits, then sees
            // the version recorded. (SQLite's BEGIN IMMEDIATE already serialises writers.)
            try await database.select()
                .column(SQLFunction("pg_advisory_xact_lock", args: SQLBind(Self.migrationLockKey)))
                .run()
        }
        try await execute(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version BIGINT PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at_ms BIGINT NOT NULL
            )
            """, on: database)
        let applied = try await database.select()
            .column("version")
            .from("schema_migrations")
            .where("version", .equal, migration.version)
            .first()
        if applied != nil { return }
        for statement in migration.statements(kind) {
            try await execute(statement, on: database)
        }
        try await database.insert(into: "schema_migrations")
            .columns("version", "name", "applied_at_ms")
            .values(SQLBind(Int64(migration.version)), SQLBind(migration.name),
                    SQLBind(StoredDate.milliseconds(Date())))
            .run()
    }

    /// The versions recorded in `schema_migrations`, in order.
    ///
    /// - Returns: The applied versions.
    /// - Throws: The database's error (the table exists once ``migrate()`` ran).
    public func appliedMigrations() async throws -> [Int] {
        try await withDatabase { database in
            try await database.select().column("version").from("schema_migrations").orderBy("version")
                .all(decodingColumn: "version", as: Int.self)
        }
    }

    /// An arbitrary constant naming Uptake's migration lock among the server's advisory locks.
    private static let migrationLockKey: Int64 = 0x5570_7461_6B65  // "Uptake"
}
