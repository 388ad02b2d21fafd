import Foundation
import SQLiteKit

/// The SQLite side of ``SQLRepository``'s upsert: the same statements sql-kit would build, with the values
/// bound straight from the batch's flat ``SQLValue`` array as `SQLiteData`.
///
/// sql-kit encodes each bound value through `Encodable` and `SQLiteDataEncoder`; on a million-lead import
/// that was about a tenth of all CPU time. Here each value costs one enum switch. Every value is still a
/// bound parameter; table and column names come from ``StoredRecord`` constants, never from input.
struct SQLiteRowWriter {
    /// The connection of the session that holds the transaction.
    let connection: SQLiteConnection
    /// The table.
    let table: String
    /// The record's columns, `id` first; `content_hash` is appended.
    let columns: [String]

    /// The fewest records in one upsert for which ``deferSecondaryIndexes(of:)`` applies: a bulk import's batch,
    /// not the odd single write.
    static let bulkRecords = 1_000

    /// Drops the table's plain secondary indexes when the table is empty, for the transaction to rebuild them
    /// just before it commits (see ``DeferredIndex``).
    ///
    /// Only in the outermost transaction: a savepoint rolled back would bring an index back that the
    /// transaction then tried to build again. `UNIQUE` indexes and the primary key stay: they enforce
    /// constraints and the upsert looks rows up by id.
    ///
    /// - Parameter session: The session holding the transaction.
    /// - Throws: The driver's error.
    func deferSecondaryIndexes(of session: ActiveSession) async throws {
        guard session.transactionDepth == 1 else { return }
        guard try await connection.query("SELECT 1 FROM \(Self.quoted(table)) LIMIT 1", []).isEmpty else { return }
        let indexes = try await connection.query(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            [.text(table)])
        for row in indexes {
            guard let name = row.column("name")?.string, let sql = row.column("sql")?.string,
                sql.uppercased().hasPrefix("CREATE INDEX")
            else { continue }
            try await connection.query("DROP INDEX \(Self.quoted(name))", []) { _ in }
            session.deferredIndexes.withLock { $0.append(DeferredIndex(name: name, sql: sql)) }
        }
    }

    /// The stored content hash of each of `keys` that is stored.
    ///
    /// - Parameters:
    ///   - keys: External ids, each once.
    ///   - maxBinds: The most keys in one `SELECT`.
    /// - Returns: The hash of every key found.
    /// - Throws: The driver's error, or ``StoreError`` `.corruptRow` when a stored row does not read.
    func storedHashes(_ keys: [String], maxBinds: Int) async throws -> [String: Int64] {
        var hashes: [String: Int64] = [:]
        hashes.reserveCapacity(keys.count)
        var start = 0
        while start < keys.count {
            let end = min(start + maxBinds, keys.count)
            let placeholders = Self.repeated("?", count: end - start)
            let sql = "SELECT \"id\", \"content_hash\" FROM \(Self.quoted(table)) WHERE \"id\" IN (\(placeholders))"
            let rows = try await connection.query(sql, keys[start..<end].map { SQLiteData.text($0) })
            for row in rows {
                guard let id = row.column("id")?.string, let hash = row.column("content_hash")?.integer else {
                    throw StoreError(.corruptRow, "\(table).content_hash does not read as Int64")
                }
                hashes[id] = Int64(hash)
            }
            start = end
        }
        return hashes
    }

    /// One multi-row `INSERT ... ON CONFLICT ("id") DO UPDATE` of the chosen rows, each with its hash.
    ///
    /// - Parameters:
    ///   - values: Every row's values, row-major, ``columns`` wide.
    ///   - hashes: Each row's content hash.
    ///   - rows: The rows to write, by index.
    /// - Throws: The driver's error.
    func write(values: [SQLValue], hashes: [Int64], rows: ArraySlice<Int>) async throws {
        let width = columns.count
        var binds: [SQLiteData] = []
        binds.reserveCapacity(rows.count * (width + 1))
        for row in rows {
            for value in values[(row * width)..<(row * width + width)] {
                switch value {
                case .text(let text): binds.append(.text(text))
                case .integer(let number): binds.append(.integer(SQLiteInt64(number)))
                case .real(let number): binds.append(.float(number))
                case .null: binds.append(.null)
                }
            }
            binds.append(.integer(SQLiteInt64(hashes[row])))
        }
        try await connection.query(insertSQL(rows: rows.count), binds) { _ in }
    }

    /// The statement text for `rows` rows.
    func insertSQL(rows: Int) -> String {
        let names = columns + ["content_hash"]
        let tuple = "(" + Self.repeated("?", count: names.count) + ")"
        let updates = names.dropFirst().map { "\(Self.quoted($0)) = \"excluded\".\(Self.quoted($0))" }
        return "INSERT INTO \(Self.quoted(table)) (" + names.map(Self.quoted).joined(separator: ", ") + ") VALUES "
            + Self.repeated(tuple, count: rows)
            + " ON CONFLICT (\"id\") DO UPDATE SET " + updates.joined(separator: ", ")
    }

    /// `count` (at least one) copies of `item` separated by `", "`; `String(repeating:)` copies bytes, where
    /// `joined` on thousands of elements showed in the import's profile.
    private static func repeated(_ item: String, count: Int) -> String {
        String(repeating: item + ", ", count: count - 1) + item
    }

    /// An identifier in double quotes, inner quotes doubled (the names are ours or SQLite's schema's).
    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
