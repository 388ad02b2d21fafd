import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    public func scoreHistory(lead: LeadID, limit: Int) async throws -> [StoredLeadScore] {
        try await withDatabase { database in
            let decoder = ModelJSON.decoder()
            // Served by the index lead_scores_lead_time (lead_id, scored_at_ms).
            return try await database.select().columns(["id"] + Self.scoreColumns).from("lead_scores")
                .where("lead_id", .equal, lead.rawValue)
                .orderBy("scored_at_ms", .descending).orderBy("id", .descending)
                .limit(max(0, limit)).all().map { row in
                    var score = try Self.score(from: row, table: "lead_scores", decoder: decoder)
                    score.sequence = try RowReader(table: "lead_scores", row: row)("id", as: Int64.self)
                    return score
                }
        }
    }

    public func ledgerEvents(lead: LeadID, limit: Int) async throws -> [LedgerEvent] {
        try await withDatabase { database in
            // Through the suggestions of the lead (index suggestions_lead), then each one's events (index
            // ledger_events_suggestion): ledger_events has no index on lead_id.
            let suggestions = SQLSubquery.select { sub in
                sub.column("id").from("suggestions").where("lead_id", .equal, lead.rawValue)
            }
            return try await database.select().columns(LedgerEvent.columns).from(LedgerEvent.table)
                .where(SQLIdentifier("suggestion_id"), .in, suggestions)
                .orderBy("seq", .descending).limit(max(0, limit)).all().map {
                    try LedgerEvent(row: RowReader(table: LedgerEvent.table, row: $0))
                }
        }
    }
}
