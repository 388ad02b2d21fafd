import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    public func leads(owners: Set<RepID>, after: LeadID?, limit: Int) async throws -> [Lead] {
        guard !owners.isEmpty else { return [] }
        return try await withDatabase { database in
            let select = database.select().columns(Lead.columns).from(Lead.table)
                .where("owner_id", .in, owners.map(\.rawValue).sorted())
            if let after { select.where("id", .greaterThan, after.rawValue) }
            return try await select.orderBy("id").limit(limit).all()
                .map { try Lead(row: RowReader(table: Lead.table, row: $0)) }
        }
    }

    public func leads(ids: Set<LeadID>) async throws -> [Lead] {
        guard !ids.isEmpty else { return [] }
        return try await withDatabase { database in
            try await database.select().columns(Lead.columns).from(Lead.table)
                .where("id", .in, ids.map(\.rawValue).sorted())
                .orderBy("id").all()
                .map { try Lead(row: RowReader(table: Lead.table, row: $0)) }
        }
    }

    public func leadCounts(owners: Set<RepID>?) async throws -> [RepID: Int] {
        if let owners, owners.isEmpty { return [:] }
        return try await withDatabase { database in
            let select = database.select().column("owner_id")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(Lead.table).where("owner_id", .isNot, SQLLiteral.null)
            if let owners { select.where("owner_id", .in, owners.map(\.rawValue).sorted()) }
            var counts: [RepID: Int] = [:]
            for row in try await select.groupBy("owner_id").all() {
                let reader = RowReader(table: Lead.table, row: row)
                counts[RepID(try reader("owner_id", as: String.self))] = try reader("n")
            }
            return counts
        }
    }
}
