import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    public func reps() async throws -> [Rep] {
        try await fetch(Rep.self) { $0.orderBy("id") }
    }

    public func rep(_ id: RepID) async throws -> Rep? {
        try await fetch(Rep.self) { $0.where("id", .equal, id.rawValue) }.first
    }

    public func existingRepIDs(_ ids: Set<RepID>) async throws -> Set<RepID> {
        Set(try await existingKeys(in: Rep.table, ids.map(\.rawValue)).map { RepID($0) })
    }

    public func existingLeadIDs(_ ids: Set<LeadID>) async throws -> Set<LeadID> {
        Set(try await existingKeys(in: Lead.table, ids.map(\.rawValue)).map { LeadID($0) })
    }

    public func leads(limit: Int, offset: Int) async throws -> [Lead] {
        try await fetch(Lead.self) { $0.orderBy("id").limit(limit).offset(offset) }
    }

    public func leads(after: LeadID?, limit: Int) async throws -> [Lead] {
        try await fetch(Lead.self) { select in
            if let after { select.where("id", .greaterThan, after.rawValue) }
            return select.orderBy("id").limit(limit)
        }
    }

    public func leads(owner: RepID) async throws -> [Lead] {
        try await fetch(Lead.self) { $0.where("owner_id", .equal, owner.rawValue).orderBy("id") }
    }

    public func lead(_ id: LeadID) async throws -> Lead? {
        try await fetch(Lead.self) { $0.where("id", .equal, id.rawValue) }.first
    }

    public func appointments(rep: RepID, from: Date, to: Date) async throws -> [Appointment] {
        let from = StoredDate.milliseconds(from), to = StoredDate.milliseconds(to)
        return try await fetch(Appointment.self) { select in
            Self.overlapping(select.where("rep_id", .equal, rep.rawValue), table: Appointment.table, from: from, to: to)
                .orderBy("starts_at_ms").orderBy("id")
        }
    }

    /// Keeps the appointments that overlap `[from, to)`: they start before `to` and end after `from`; an
    /// instant at `from` counts.
    ///
    /// An appointment never ends before it starts (``Appointment`` refuses it), so an overlapping one also has
    /// `ends_at_ms >= from`: that redundant bound lets the `(rep_id, ends_at_ms)` index (migration 8) read only
    /// the appointments not over before `from`. `+starts_at_ms` (unary plus, valid on both databases) keeps
    /// SQLite, which has no statistics, from picking `(rep_id, starts_at_ms)` instead and reading the rep's
    /// whole past.
    ///
    /// - Parameters:
    ///   - select: The query, already restricted to one rep.
    ///   - table: The appointments table's name as the query refers to it.
    ///   - from: Start, included, in milliseconds.
    ///   - to: End, excluded, in milliseconds.
    /// - Returns: The query.
    static func overlapping(_ select: SQLSelectBuilder, table: String, from: Int64, to: Int64) -> SQLSelectBuilder {
        select.where(SQLColumn("ends_at_ms", table: table), .greaterThanOrEqual, SQLBind(from))
            .where(
                SQLList([SQLRaw("+"), SQLColumn("starts_at_ms", table: table)], separator: SQLRaw("")), .lessThan,
                SQLBind(to))
            .where {
                $0.where(SQLColumn("ends_at_ms", table: table), .greaterThan, SQLBind(from))
                    .orWhere(SQLColumn("starts_at_ms", table: table), .equal, SQLBind(from))
            }
    }

    public func visits(rep: RepID?, from: Date, to: Date) async throws -> [Visit] {
        try await fetch(Visit.self) { select in
            if let rep { select.where("rep_id", .equal, rep.rawValue) }
            return select.where("visited_at_ms", .greaterThanOrEqual, StoredDate.milliseconds(from))
                .where("visited_at_ms", .lessThan, StoredDate.milliseconds(to))
                .orderBy("visited_at_ms").orderBy("id")
        }
    }

    public func conversions(from: Date, to: Date) async throws -> [Conversion] {
        try await fetch(Conversion.self) { select in
            select.where("converted_at_ms", .greaterThanOrEqual, StoredDate.milliseconds(from))
                .where("converted_at_ms", .lessThan, StoredDate.milliseconds(to))
                .orderBy("converted_at_ms").orderBy("id")
        }
    }

    public func counts() async throws -> TableCounts {
        try await withDatabase { database in
            var select = database.select()
            for table in Self.countedTables {
                select = select.column(
                    SQLSubquery.select { $0.column(SQLFunction("COUNT", args: SQLLiteral.all)).from(table) },
                    as: table)
            }
            guard let row = try await select.first() else { return TableCounts() }
            let reader = RowReader(table: "counts", row: row)
            return TableCounts(
                reps: try reader("reps"), leads: try reader("leads"), appointments: try reader("appointments"),
                visits: try reader("visits"), conversions: try reader("conversions"),
                imports: try reader("imports"))
        }
    }

    private static let countedTables = ["reps", "leads", "appointments", "visits", "conversions", "imports"]

    public func record(_ importRecord: ImportRecord) async throws {
        try await withDatabase { database in
            try await database.insert(into: "imports")
                .columns("entity", "source", "finished_at_ms", "inserted", "updated", "unchanged", "rejected")
                .values(
                    SQLBind(importRecord.entity), SQLBind(importRecord.source),
                    SQLBind(StoredDate.milliseconds(importRecord.finishedAt)),
                    SQLBind(Int64(importRecord.summary.inserted)), SQLBind(Int64(importRecord.summary.updated)),
                    SQLBind(Int64(importRecord.summary.unchanged)), SQLBind(Int64(importRecord.rejected)))
                .run()
        }
    }

    public func lastImport() async throws -> ImportRecord? {
        try await withDatabase { database in
            guard let row = try await database.select()
                .columns("entity", "source", "finished_at_ms", "inserted", "updated", "unchanged", "rejected")
                .from("imports")
                .orderBy("finished_at_ms", .descending).orderBy("id", .descending)
                .limit(1)
                .first()
            else { return nil }
            let reader = RowReader(table: "imports", row: row)
            return ImportRecord(
                entity: try reader("entity"), source: try reader("source"),
                finishedAt: StoredDate.date(try reader("finished_at_ms")),
                summary: UpsertSummary(
                    inserted: try reader("inserted"), updated: try reader("updated"),
                    unchanged: try reader("unchanged")),
                rejected: try reader("rejected"))
        }
    }

    /// Selects a record type's columns, shaped by `build`, and reads the rows back.
    private func fetch<Record: StoredRecord>(
        _ type: Record.Type, _ build: (SQLSelectBuilder) -> SQLSelectBuilder
    ) async throws -> [Record] {
        try await withDatabase { database in
            let select = database.select().columns(Record.columns).from(Record.table)
            return try await build(select).all().map { try Record(row: RowReader(table: Record.table, row: $0)) }
        }
    }

    /// Of `keys`, those present in `table`'s `id` column, looked up a few thousand at a time.
    private func existingKeys(in table: String, _ keys: [String]) async throws -> [String] {
        if keys.isEmpty { return [] }
        return try await withDatabase { database in
            var found: [String] = []
            var start = 0
            while start < keys.count {
                let end = min(start + Self.maxBindsPerStatement, keys.count)
                found += try await database.select().column("id").from(table)
                    .where("id", .in, Array(keys[start..<end]))
                    .all(decodingColumn: "id", as: String.self)
                start = end
            }
            return found
        }
    }
}
