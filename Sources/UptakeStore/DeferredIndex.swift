import SQLKit

/// A secondary index dropped for a bulk write into an empty table, with the statement that rebuilds it.
///
/// Building an index once from a million sorted keys costs far less than a million random insertions into
/// it (measured on a million-lead SQLite import: 1.7 s to build both lead indexes against about 6 s of CPU
/// spent maintaining them row by row).
struct DeferredIndex: Sendable, Equatable {
    /// The index's name.
    var name: String
    /// Its `CREATE INDEX` statement, exactly as SQLite stored it in `sqlite_master`.
    var sql: String
}

extension DeferredIndex {
    /// Builds the indexes again, inside the transaction that dropped them.
    ///
    /// The sort that builds an index spills to temporary files; with the connection's `temp_store = MEMORY`
    /// those live in the process, which took a million-lead import from 141 to 197 MB at its peak. Files
    /// (which the OS caches) measured faster too, so the sort gets them and the setting is put back after.
    /// SQLite refuses the change while temporary tables are open; the build then simply spills to memory.
    ///
    /// - Parameters:
    ///   - indexes: The indexes, in the order they were dropped.
    ///   - database: The session holding the transaction.
    /// - Throws: The driver's error from a `CREATE INDEX`.
    static func rebuild(_ indexes: [DeferredIndex], on database: any SQLDatabase) async throws {
        guard !indexes.isEmpty else { return }
        let setting = try? await database.raw("PRAGMA temp_store").first()?.decode(column: "temp_store", as: Int.self)
        if setting != nil { try? await database.execute(sql: SQLRaw("PRAGMA temp_store = FILE")) { _ in } }
        do {
            for index in indexes { try await database.execute(sql: SQLRaw(index.sql)) { _ in } }
        } catch {
            try? await restore(setting, on: database)
            throw error
        }
        try? await restore(setting, on: database)
    }

    /// Puts `temp_store` back; only the number SQLite itself reported (0, 1 or 2) goes into the statement.
    private static func restore(_ setting: Int?, on database: any SQLDatabase) async throws {
        guard let setting else { return }
        try await database.execute(sql: SQLRaw("PRAGMA temp_store = \(setting)")) { _ in }
    }
}
