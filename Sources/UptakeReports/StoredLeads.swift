import UptakeCore
import UptakeStore

/// Every stored lead, read page by page (the store lists leads in id order).
enum StoredLeads {
    /// Leads per page.
    static let pageSize = 5_000

    /// Reads every lead.
    ///
    /// - Parameter repository: The store.
    /// - Returns: The leads in id order.
    /// - Throws: The store's error.
    static func all(in repository: any UptakeRepository) async throws -> [Lead] {
        var leads: [Lead] = []
        var after: LeadID?
        while true {
            let page = try await repository.leads(after: after, limit: pageSize)
            leads += page
            guard let last = page.last, page.count == pageSize else { return leads }
            after = last.id
        }
    }
}
