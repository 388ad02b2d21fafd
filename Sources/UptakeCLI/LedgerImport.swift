import Foundation
import UptakeCore
import UptakeImport
import UptakeStore

/// Checks parsed ledger rows against the store and writes them, all or nothing.
///
/// Every row is checked before anything is written: the suggestion must exist (the planner's
/// `suggestions` table) and its rep and lead are taken from it (a `rep_id`/`lead_id` column, when given,
/// must agree); the event must suit its kind (``LedgerEvent``), its reason must be in the configured list,
/// and a `supersedes` must name an earlier event of the same suggestion, in the store or above in the
/// file (``LedgerHistory``). A visit's GPS point is measured against the lead's location and the distance
/// kept with the event.
struct LedgerImport {
    /// The file's name, for errors.
    var fileName: String
    /// Accepted dismissal reasons.
    var reasons: DismissalReasons

    /// What the import did.
    struct Outcome {
        /// Events written (zero when there were errors).
        var written: Int
        /// Located errors; nothing was written when there is any.
        var errors: [ImportError]
    }

    /// Thrown inside the transaction to roll it back.
    private struct RollBack: Error {
        var errors: [ImportError]
    }

    /// Checks and writes the rows in one transaction.
    ///
    /// - Parameters:
    ///   - rows: Parsed rows in file order.
    ///   - parseErrors: Errors found while parsing (any makes the import write nothing).
    ///   - repository: The store.
    ///   - now: The recording time.
    /// - Returns: The outcome.
    /// - Throws: The database's error (nothing is written then either).
    func run(
        rows: [LedgerCSVRow], parseErrors: [ImportError], into repository: any UptakeRepository, now: Date
    ) async throws -> Outcome {
        let fileName = self.fileName, reasons = self.reasons
        do {
            return try await repository.transaction { tx in
                var errors = parseErrors
                var suggestions: [String: StoredSuggestion] = [:]
                for id in Set(rows.map(\.suggestion)).sorted() {
                    if let stored = try await tx.suggestion(SuggestionID(id)) { suggestions[id] = stored }
                }
                var leadLocations: [LeadID: GeoPoint] = [:]
                for lead in Set(rows.filter { $0.location != nil }.compactMap { suggestions[$0.suggestion]?.lead }) {
                    if let stored = try await tx.lead(lead) { leadLocations[lead] = stored.location }
                }
                let inStore = try await tx.existingLedgerEventIDs(Set(rows.map(\.eventID)))
                var history = try LedgerHistory(try await tx.ledgerEvents(suggestions: Set(suggestions.keys)))
                var events: [LedgerEvent] = []
                for row in rows {
                    func fail(_ code: ImportError.Code, _ column: String?, _ value: String?, _ problem: String) {
                        errors.append(ImportError(code, file: fileName, line: row.line, column: column, value: value,
                                                  problem))
                    }
                    guard let suggestion = suggestions[row.suggestion] else {
                        fail(.unknownReference, "suggestion_id", row.suggestion, "is not a stored suggestion")
                        continue
                    }
                    if let rep = row.rep, rep != suggestion.rep {
                        fail(.inconsistent, "rep_id", rep.rawValue, "is not the suggestion's rep (\(suggestion.rep))")
                        continue
                    }
                    if let lead = row.lead, lead != suggestion.lead {
                        fail(.inconsistent, "lead_id", lead.rawValue, "is not the suggestion's lead (\(suggestion.lead))")
                        continue
                    }
                    if inStore.contains(row.eventID) {
                        fail(.duplicateID, "event_id", row.eventID, "is already in the ledger")
                        continue
                    }
                    let distance = row.location.flatMap { point in
                        leadLocations[suggestion.lead].map { VisitLocationCheck.distanceMetres(from: point, to: $0) }
                    }
                    do {
                        let event = try LedgerEvent(
                            id: row.eventID, suggestion: row.suggestion, rep: suggestion.rep, lead: suggestion.lead,
                            kind: row.kind, time: row.time, reason: row.reason, note: row.note,
                            location: row.location, distanceMetres: distance, value: row.value,
                            supersedes: row.supersedes)
                        try event.validate(reasons: reasons)
                        try history.append(event)
                        events.append(event)
                    } catch let error as LedgerError {
                        fail(error.code == .duplicateID ? .duplicateID : .invalidValue, nil, nil, error.message)
                    }
                }
                if !errors.isEmpty { throw RollBack(errors: errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) }) }
                try await tx.append(ledgerEvents: events, recordedAt: now)
                try await tx.record(ImportRecord(
                    entity: "events", source: fileName, finishedAt: now, summary: UpsertSummary(inserted: events.count),
                    rejected: 0))
                return Outcome(written: events.count, errors: [])
            }
        } catch let rollBack as RollBack {
            return Outcome(written: 0, errors: rollBack.errors)
        }
    }
}
