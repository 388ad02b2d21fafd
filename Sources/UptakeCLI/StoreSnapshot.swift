import Foundation
import UptakeCore
import UptakeStore

/// Every lead, rep and conversion of the store, read once for training or scoring.
struct StoreSnapshot {
    /// Leads read per query.
    static let pageSize = 5_000

    /// The leads, by id.
    var leads: [Lead]
    /// The reps.
    var reps: [Rep]
    /// The conversions dated before `conversionsBefore`.
    var conversions: [Conversion]

    /// Reads the store.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - conversionsBefore: Conversions on or after this date are left out (`nil`: none are read).
    /// - Returns: The snapshot.
    /// - Throws: The store's errors.
    static func read(_ repository: any UptakeRepository, conversionsBefore: Date?) async throws -> StoreSnapshot {
        var leads: [Lead] = []
        while true {
            let page = try await repository.leads(after: leads.last?.id, limit: pageSize)
            leads += page
            if page.count < pageSize { break }
        }
        var conversions: [Conversion] = []
        if let conversionsBefore {
            conversions = try await repository.conversions(from: .distantPast, to: conversionsBefore)
        }
        return StoreSnapshot(leads: leads, reps: try await repository.reps(), conversions: conversions)
    }

    /// Tells the user (on standard error) about attribute values of the wrong kind, read as missing.
    ///
    /// - Parameter features: The table built.
    static func warnAboutMismatches(_ features: LeadFeatureTable) {
        for (name, count) in features.mismatchedValues.sorted(by: { $0.key < $1.key }) {
            let kind = features.table.column(named: name)?.values.kind.rawValue ?? "?"
            FileHandle.standardError.write(Data(
                ("warning: attribute \"\(name)\" is a \(kind) but \(count) leads have another kind of value; "
                    + "read as missing\n").utf8))
        }
    }
}
