import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    /// Whether a lead (of the owners) carries `attribute = true` (see `LeadMarkStore`).
    ///
    /// The attributes column is canonical JSON (``AttributesJSON``), so a marked lead's text contains
    /// `"<attribute>":{"boolean":true}`: the database finds candidates by that substring (case-sensitive on
    /// both: `instr` and `strpos`, not `LIKE`), and each candidate is decoded to confirm it (an escaped quote
    /// inside another key could contain the same text). Nothing is decoded for a store without the mark.
    public func hasLead(markedBy attribute: String, owners: Set<RepID>?) async throws -> Bool {
        if let owners, owners.isEmpty { return false }
        let needle = AttributesJSON.encode([attribute: .boolean(true)]).dropFirst().dropLast()
        let contains = SQLFunction(
            kind == .postgres ? "strpos" : "instr", args: SQLColumn("attributes"), SQLBind(String(needle)))
        return try await withDatabase { database in
            var after: String?
            while true {
                let select = database.select().columns(Lead.columns).from(Lead.table)
                    .where(contains, .greaterThan, SQLLiteral.numeric("0"))
                if let owners { select.where("owner_id", .in, owners.map(\.rawValue).sorted()) }
                if let after { select.where("id", .greaterThan, after) }
                let page = try await select.orderBy("id").limit(100).all()
                    .map { try Lead(row: RowReader(table: Lead.table, row: $0)) }
                if page.contains(where: { $0.attributes[attribute] == .boolean(true) }) { return true }
                guard let last = page.last, page.count == 100 else { return false }
                after = last.id.rawValue
            }
        }
    }
}
