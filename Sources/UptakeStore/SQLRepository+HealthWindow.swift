import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    /// The leads created in `[from, to)`, by id (see `ModelHealthStore`).
    public func leads(createdFrom from: Date, to: Date) async throws -> [Lead] {
        try await withDatabase { database in
            try await database.select().columns(Lead.columns).from(Lead.table)
                .where("created_at_ms", .greaterThanOrEqual, StoredDate.firstMillisecond(notBefore: from))
                .where("created_at_ms", .lessThan, StoredDate.firstMillisecond(notBefore: to))
                .orderBy("id").all()
                .map { try Lead(row: RowReader(table: Lead.table, row: $0)) }
        }
    }
}
