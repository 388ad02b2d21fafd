import SQLKit
import UptakeCore

extension SQLRepository {
    public func upsert(reps: [Rep]) async throws -> UpsertSummary { try await upsertRecords(reps) }
    public func upsert(leads: [Lead]) async throws -> UpsertSummary { try await upsertRecords(leads) }
    public func upsert(appointments: [Appointment]) async throws -> UpsertSummary {
        try await upsertRecords(appointments)
    }
    public func upsert(visits: [Visit]) async throws -> UpsertSummary { try await upsertRecords(visits) }
    public func upsert(conversions: [Conversion]) async throws -> UpsertSummary {
        try await upsertRecords(conversions)
    }

    /// The most bound values in one statement: SQLite's limit is 32,766, PostgreSQL's 65,535.
    static let maxBindsPerStatement = 32_000
    /// The most rows in one `INSERT`: 1,000 measured faster than 250 and no slower than 2,900 on a
    /// million-lead SQLite import.
    static let maxRowsPerStatement = 1_000

    /// Writes records that are new or changed, and counts them.
    ///
    /// The batch's stored content hashes are read first (one `SELECT ... WHERE id IN (...)`), so the counts are
    /// exact on both databases and unchanged rows are not rewritten; then new and changed rows go in
    /// multi-row `INSERT ... ON CONFLICT (id) DO UPDATE` statements. On SQLite the values are bound directly
    /// (``SQLiteRowWriter``), and a bulk write into an empty table builds its secondary indexes once at commit
    /// (``DeferredIndex``) instead of row by row.
    func upsertRecords<Record: StoredRecord>(_ records: [Record]) async throws -> UpsertSummary {
        if records.isEmpty { return UpsertSummary() }
        let width = Record.columns.count
        var values: [SQLValue] = []
        values.reserveCapacity(records.count * width)
        var hashes: [Int64] = []
        hashes.reserveCapacity(records.count)
        var lastIndex: [String: Int] = [:]
        lastIndex.reserveCapacity(records.count)
        var keys: [String] = []
        keys.reserveCapacity(records.count)
        var recordKeys: [String] = []
        recordKeys.reserveCapacity(records.count)
        var texts = TextFormCache()
        for (index, record) in records.enumerated() {
            let start = values.count
            record.appendValues(to: &values, texts: &texts)
            hashes.append(ContentHasher.hash(values[start...]))
            let key = record.key
            recordKeys.append(key)
            if lastIndex.updateValue(index, forKey: key) == nil { keys.append(key) }
        }
        let valuesToWrite = values, hashesToWrite = hashes, uniqueKeys = keys, last = lastIndex
        let keysInOrder = recordKeys

        // SQLite binds straight from the value array (see ``SQLiteRowWriter``); PostgreSQL goes through sql-kit.
        let sqlite = (source as? SQLiteSessionSource).map {
            SQLiteRowWriter(connection: $0.connection, table: Record.table, columns: Record.columns)
        }

        return try await withinTransactionSession { session in
            let database = session.database
            if let sqlite, records.count >= SQLiteRowWriter.bulkRecords {
                try await sqlite.deferSecondaryIndexes(of: session)
            }
            let stored = if let sqlite {
                try await sqlite.storedHashes(uniqueKeys, maxBinds: Self.maxBindsPerStatement)
            } else {
                try await storedHashes(Record.table, keys: uniqueKeys, on: database)
            }
            var summary = UpsertSummary()
            var current = stored
            current.reserveCapacity(uniqueKeys.count)
            for (index, key) in keysInOrder.enumerated() {
                let hash = hashesToWrite[index]
                switch current.updateValue(hash, forKey: key) {
                case nil: summary.inserted += 1
                case hash: summary.unchanged += 1
                default: summary.updated += 1
                }
            }
            let rows = uniqueKeys.compactMap { key -> Int? in
                let index = last[key]!
                return stored[key] == hashesToWrite[index] ? nil : index
            }
            let rowsPerStatement = min(Self.maxRowsPerStatement, Self.maxBindsPerStatement / (width + 1))
            var start = 0
            while start < rows.count {
                let end = min(start + rowsPerStatement, rows.count)
                if let sqlite {
                    try await sqlite.write(values: valuesToWrite, hashes: hashesToWrite, rows: rows[start..<end])
                } else {
                    try await writeRows(
                        RowValuesList(
                            values: valuesToWrite, width: width, hashes: hashesToWrite, rows: rows[start..<end]),
                        columns: Record.columns, into: Record.table, on: database)
                }
                start = end
            }
            return summary
        }
    }

    /// The stored content hash of each of `keys` that is stored.
    private func storedHashes(_ table: String, keys: [String], on database: any SQLDatabase) async throws
        -> [String: Int64]
    {
        var hashes: [String: Int64] = [:]
        var start = 0
        while start < keys.count {
            let end = min(start + Self.maxBindsPerStatement, keys.count)
            let rows = try await database.select()
                .column("id").column("content_hash")
                .from(table)
                .where("id", .in, Array(keys[start..<end]))
                .all()
            for row in rows {
                let reader = RowReader(table: table, row: row)
                hashes[try reader("id", as: String.self)] = try reader("content_hash", as: Int64.self)
            }
            start = end
        }
        return hashes
    }

    /// One multi-row upsert statement.
    private func writeRows(
        _ list: RowValuesList, columns: [String], into table: String, on database: any SQLDatabase
    ) async throws {
        var insert = SQLInsert(table: SQLIdentifier(table))
        insert.columns = (columns + ["content_hash"]).map { SQLIdentifier($0) }
        insert.valueQuery = list
        insert.conflictStrategy = SQLConflictResolutionStrategy(
            targets: ["id"],
            action: .update(
                assignments: (columns.dropFirst() + ["content_hash"]).map {
                    SQLColumnAssignment(settingExcludedValueFor: $0)
                },
                predicate: nil))
        try await database.execute(sql: insert) { _ in }
    }
}
