/// What an upsert did, row by row.
///
/// A record whose id appears twice in one call counts twice: once as inserted (or updated), then as
/// updated or unchanged against its earlier copy; the last copy is the one stored.
public struct UpsertSummary: Hashable, Sendable, Codable {
    /// Records whose id was not stored before.
    public var inserted: Int
    /// Records whose id was stored with different content, now replaced.
    public var updated: Int
    /// Records identical to what was stored; nothing was written for them.
    public var unchanged: Int

    /// Makes a summary.
    ///
    /// - Parameters:
    ///   - inserted: Records whose id was new.
    ///   - updated: Records that replaced different stored content.
    ///   - unchanged: Records identical to what was stored.
    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
    }

    /// All records counted: inserted + updated + unchanged.
    public var total: Int { inserted + updated + unchanged }

    /// Adds another batch's counts.
    ///
    /// - Parameters:
    ///   - lhs: One batch's counts.
    ///   - rhs: Another batch's counts.
    /// - Returns: The counts added field by field.
    public static func + (lhs: Self, rhs: Self) -> Self {
        Self(inserted: lhs.inserted + rhs.inserted, updated: lhs.updated + rhs.updated,
             unchanged: lhs.unchanged + rhs.unchanged)
    }

    /// Adds another batch's counts in place.
    ///
    /// - Parameters:
    ///   - lhs: The running total.
    ///   - rhs: The batch to add.
    public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }
}
