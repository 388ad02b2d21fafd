import UptakeCore

/// Finds leads carrying a boolean mark among their attributes (the demo generator's `demo = true`), refined
/// by `UptakeRepository`, so that a report can tell synthetic data from real by the data, not by its ids.
public protocol LeadMarkStore: Sendable {
    /// Whether any lead (of the given owners) has the attribute `attribute` set to `.boolean(true)`.
    ///
    /// - Parameters:
    ///   - attribute: The attribute's name (`demo`).
    ///   - owners: Only leads owned by these reps, or nil for every lead.
    /// - Returns: `true` when at least one such lead is stored.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func hasLead(markedBy attribute: String, owners: Set<RepID>?) async throws -> Bool
}
