import UptakeCore

/// How an import checks the reps and leads its rows name: lookups the caller supplies (the CLI answers
/// them from the database, inside the import's transaction). Each is called once per batch.
public struct ImportReferences: Sendable {
    /// Resolves rep references written as ids, emails or names; returns only the keys that name a rep.
    public var resolveReps: @Sendable (_ keys: Set<String>, _ match: ColumnMapping.RepMatch) async throws -> [String: RepID]
    /// Returns the subset of the given lead ids that exist.
    public var existingLeads: @Sendable (_ ids: Set<LeadID>) async throws -> Set<LeadID>

    /// Makes references from lookups.
    ///
    /// - Parameters:
    ///   - resolveReps: Keys (ids, emails or names) -> the reps they name; unknown keys left out.
    ///   - existingLeads: The subset of ids that exist.
    public init(
        resolveReps: @escaping @Sendable (_ keys: Set<String>, _ match: ColumnMapping.RepMatch) async throws -> [String: RepID],
        existingLeads: @escaping @Sendable (_ ids: Set<LeadID>) async throws -> Set<LeadID>
    ) {
        self.resolveReps = resolveReps
        self.existingLeads = existingLeads
    }

    /// References answered from values in memory: reps matched by id, email (case-insensitive) or name.
    ///
    /// - Parameters:
    ///   - reps: The known reps.
    ///   - leads: The known lead ids.
    /// - Returns: The references.
    public static func inMemory(reps: [Rep], leads: Set<LeadID> = []) -> ImportReferences {
        let byID = Dictionary(reps.map { ($0.id.rawValue, $0.id) }, uniquingKeysWith: { first, _ in first })
        let byEmail = Dictionary(reps.map { ($0.email.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(reps.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        return ImportReferences(
            resolveReps: { keys, match in
                var found: [String: RepID] = [:]
                for key in keys {
                    switch match {
                    case .id: found[key] = byID[key]
                    case .email: found[key] = byEmail[key.lowercased()]
                    case .name: found[key] = byName[key]
                    }
                }
                return found
            },
            existingLeads: { ids in ids.intersection(leads) })
    }

    /// References that accept every rep and lead id as given (emails and names resolve to nothing);
    /// for files checked on their own, before the reps they name are loaded.
    public static let unchecked = ImportReferences(
        resolveReps: { keys, match in
            match == .id ? Dictionary(uniqueKeysWithValues: keys.map { ($0, RepID($0)) }) : [:]
        },
        existingLeads: { $0 })
}
