import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    public func append(ledgerEvents: [LedgerEvent], recordedAt: Date) async throws {
        if ledgerEvents.isEmpty { return }
        let width = LedgerEvent.columns.count
        let recorded = StoredDate.milliseconds(recordedAt)
        var values: [SQLValue] = []
        values.reserveCapacity(ledgerEvents.count * width)
        for event in ledgerEvents { event.appendValues(to: &values, recordedAt: recorded) }
        let rowsPerStatement = min(Self.maxRowsPerStatement, Self.maxBindsPerStatement / width)
        let all = values
        try await withinTransaction { database in
            var start = 0
            while start < all.count {
                let end = min(start + rowsPerStatement * width, all.count)
                var insert = SQLInsert(table: SQLIdentifier(LedgerEvent.table))
                insert.columns = LedgerEvent.columns.map { SQLIdentifier($0) }
                insert.valueQuery = SQLValueRows(values: all[start..<end], width: width)
                try await database.execute(sql: insert) { _ in }
                start = end
            }
        }
    }

    public func ledgerEvents(suggestions: Set<String>) async throws -> [LedgerEvent] {
        if suggestions.isEmpty { return [] }
        let ids = suggestions.sorted()
        return try await withDatabase { database in
            var events: [(seq: Int64, event: LedgerEvent)] = []
            var start = 0
            while start < ids.count {
                let end = min(start + Self.maxBindsPerStatement, ids.count)
                let rows = try await database.select().column("seq").columns(LedgerEvent.columns)
                    .from(LedgerEvent.table)
                    .where("suggestion_id", .in, Array(ids[start..<end]))
                    .all()
                for row in rows {
                    let reader = RowReader(table: LedgerEvent.table, row: row)
                    events.append((try reader("seq"), try LedgerEvent(row: reader)))
                }
                start = end
            }
            return events.sorted { $0.seq < $1.seq }.map(\.event)
        }
    }

    public func ledgerEvents(from: Date?, to: Date?) async throws -> [LedgerEvent] {
        try await withDatabase { database in
            let select = database.select().columns(LedgerEvent.columns).from(LedgerEvent.table)
            if from != nil || to != nil {
                // The whole history of every suggestion with an event in the range.
                let inRange = SQLSubquery.select { sub in
                    sub.column("suggestion_id").from(LedgerEvent.table)
                    if let from { sub.where("occurred_at_ms", .greaterThanOrEqual, StoredDate.milliseconds(from)) }
                    if let to { sub.where("occurred_at_ms", .lessThan, StoredDate.milliseconds(to)) }
                    return sub
                }
                select.where(SQLIdentifier("suggestion_id"), .in, inRange)
            }
            return try await select.orderBy("seq").all().map {
                try LedgerEvent(row: RowReader(table: LedgerEvent.table, row: $0))
            }
        }
    }

    public func existingLedgerEventIDs(_ ids: Set<String>) async throws -> Set<String> {
        if ids.isEmpty { return [] }
        let keys = Array(ids)
        return try await withDatabase { database in
            var found = Set<String>()
            var start = 0
            while start < keys.count {
                let end = min(start + Self.maxBindsPerStatement, keys.count)
                found.formUnion(try await database.select().column("id").from(LedgerEvent.table)
                    .where("id", .in, Array(keys[start..<end]))
                    .all(decodingColumn: "id", as: String.self))
                start = end
            }
            return found
        }
    }

    public func ledgerEventCount() async throws -> Int {
        try await withDatabase { database in
            try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(LedgerEvent.table).first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }
}
