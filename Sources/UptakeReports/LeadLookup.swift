import UptakeCore
import UptakeStore

/// Leads fetched once each while a digest is loaded.
struct LeadLookup {
    let repository: any UptakeRepository
    private var cache: [LeadID: Lead?] = [:]

    init(repository: any UptakeRepository) {
        self.repository = repository
    }

    /// The lead, from the cache or the store.
    mutating func lead(_ id: LeadID) async throws -> Lead? {
        if let known = cache[id] { return known }
        let lead = try await repository.lead(id)
        cache[id] = lead
        return lead
    }
}
