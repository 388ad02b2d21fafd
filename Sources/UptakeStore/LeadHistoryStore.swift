import UptakeCore

/// One lead's history for its page: the scores it was given and the ledger of its suggestions, newest first
/// and bounded, refined by ``UptakeRepository``.
///
/// ```swift
/// let scores = try await repository.scoreHistory(lead: "lead-9", limit: 50)     // newest first
/// let events = try await repository.ledgerEvents(lead: "lead-9", limit: 50)     // newest first
/// ```
public protocol LeadHistoryStore: Sendable {
    /// The lead's most recent scores, newest first (by scoring time, then by the order written).
    ///
    /// - Parameters:
    ///   - lead: The lead.
    ///   - limit: At most this many scores.
    /// - Returns: The scores with their `sequence`; empty for a lead never scored.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func scoreHistory(lead: LeadID, limit: Int) async throws -> [StoredLeadScore]

    /// The most recently recorded ledger events about the lead's suggestions, newest first (recording order
    /// reversed).
    ///
    /// Every event the ledger accepts is about a stored suggestion (the importer and the web app check it),
    /// so the events are found through the suggestions of the lead, by index.
    /// A correction is recorded after the event it corrects: when an event is returned, so is every event
    /// superseding it.
    ///
    /// - Parameters:
    ///   - lead: The lead.
    ///   - limit: At most this many events.
    /// - Returns: The events.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func ledgerEvents(lead: LeadID, limit: Int) async throws -> [LedgerEvent]
}
