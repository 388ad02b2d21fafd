import Foundation
import SQLKit

extension SQLRepository {
    public func recordLoginFailure(keys: Set<String>, at: Date, pruningBefore: Date) async throws {
        let time = StoredDate.milliseconds(at), cutoff = StoredDate.milliseconds(pruningBefore)
        try await withinTransaction { database in
            try await database.delete(from: "login_failures").where("failed_at_ms", .lessThanOrEqual, cutoff).run()
            guard !keys.isEmpty else { return }
            var insert = database.insert(into: "login_failures").columns("throttle_key", "failed_at_ms")
            for key in keys.sorted() { insert = insert.values(SQLBind(key), SQLBind(time)) }
            try await insert.run()
        }
    }

    public func loginFailureCounts(keys: Set<String>, after: Date) async throws -> [String: Int] {
        if keys.isEmpty { return [:] }
        return try await withDatabase { database in
            let rows = try await database.select().column("throttle_key")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("login_failures")
                .where("throttle_key", .in, keys.sorted())
                .where("failed_at_ms", .greaterThan, StoredDate.milliseconds(after))
                .groupBy("throttle_key").all()
            var counts: [String: Int] = [:]
            for row in rows {
                let reader = RowReader(table: "login_failures", row: row)
                counts[try reader("throttle_key")] = Int(try reader("n", as: Int64.self))
            }
            return counts
        }
    }

    public func clearLoginFailures(key: String) async throws {
        try await withDatabase { database in
            try await database.delete(from: "login_failures").where("throttle_key", .equal, key).run()
        }
    }
}
