import UptakeCore

/// Lead queries scoped to the reps a viewer may see, for the web app's lists.
public protocol LeadPageStore: Sendable {
    /// Leads owned by any of `owners`, ordered by id, after the keyset `after`.
    ///
    /// - Parameters:
    ///   - owners: The owning reps; an empty set gives no leads.
    ///   - after: The last id of the previous page, or nil for the first page.
    ///   - limit: The page size.
    /// - Returns: Up to `limit` leads.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func leads(owners: Set<RepID>, after: LeadID?, limit: Int) async throws -> [Lead]
    /// The leads with these ids (missing ids are skipped), ordered by id: one query for a page's leads.
    ///
    /// - Parameter ids: The ids.
    /// - Returns: The stored leads among them.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func leads(ids: Set<LeadID>) async throws -> [Lead]
    /// How many leads each rep owns (reps with none are absent).
    ///
    /// - Parameter owners: Only these reps, or nil for every rep.
    /// - Returns: The count per owning rep.
    /// - Throws: The database's error.
    func leadCounts(owners: Set<RepID>?) async throws -> [RepID: Int]
}
