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
    /// The settings the build runs with, each put back afterwards.
    ///
    /// The sort that builds an index spills to temporary files; with the connection's `temp_store = MEMORY`
    /// those live in the process, which took a million-lead import from 141 to 197 MB at its peak. Files
    /// (which the OS caches) measured faster too. One helper thread for the sort cut building both lead
    /// indexes from 1.7 to 1.2 s, for 15 MB: at commit the import has nothing else left to run.
    private static let buildSettings = [(name: "temp_store", value: "FILE"), (name: "threads", value: "1")]

    /// Builds the indexes again, inside the transaction that dropped them.
    ///
    /// A setting SQLite refuses (`temp_store` while temporary tables are open) is left as it was: the
    /// build is then only slower.
    ///
    /// - Parameters:
    ///   - indexes: The indexes, in the order they were dropped.
    ///   - database: The session holding the transaction.
    /// - Throws: The driver's error from a `CREATE INDEX`.
    static func rebuild(_ indexes: [DeferredIndex], on database: any SQLDatabase) async throws {
        guard !indexes.isEmpty else { return }
        var saved: [(name: String, value: Int)] = []
        for setting in buildSettings {
            guard let value = try? await database.raw("PRAGMA \(unsafeRaw: setting.name)").first()?
                .decode(column: setting.name, as: Int.self)
            else { continue }
            saved.append((setting.name, value))
            try? await database.execute(sql: SQLRaw("PRAGMA \(setting.name) = \(setting.value)")) { _ in }
        }
        do {
            for index in indexes { try await database.execute(sql: SQLRaw(index.sql)) { _ in } }
        } catch {
            await restore(saved, on: database)
            throw error
        }
        await restore(saved, on: database)
    }

    /// Puts settings back; only numbers SQLite itself reported go into the statements.
    private static func restore(_ saved: [(name: String, value: Int)], on database: any SQLDatabase) async {
        for setting in saved {
            try? await database.execute(sql: SQLRaw("PRAGMA \(setting.name) = \(setting.value)")) { _ in }
        }
    }
}
