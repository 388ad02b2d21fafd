import Foundation
import UptakeCore
import UptakeStore

/// Writes what a rep records about one of their suggestions to the ledger, validated at the edge.
///
/// Only reps record events, and only on their own current suggestions that they are shown: any other
/// suggestion answers 404 like a missing one. The ledger is append-only, so nothing is updated: a change of
/// mind is a new event and the latest decision counts (``SuggestionOutcome``). The first event a rep records
/// on a suggestion that has no `shown` event yet is preceded by one (the rep acted on it, so it was shown);
/// a page being served is not taken as proof that it was read.
struct SuggestionEventRecorder: Sendable {
    let repository: any UptakeRepository
    let reasons: DismissalReasons

    /// Records an event.
    ///
    /// - Parameters:
    ///   - input: What the rep recorded.
    ///   - id: The suggestion.
    ///   - viewer: Who records it.
    ///   - now: The event's time.
    /// - Returns: The events written, in order (a `shown` event first when one was missing).
    /// - Throws: ``AppError``: 403 for a role other than rep, 404 for a suggestion that is not the viewer's,
    ///   400 for an invalid event (its message names the field).
    func record(
        _ input: SuggestionEventInput, suggestion id: String, viewer: Viewer, now: Date = Date()
    ) async throws -> [LedgerEvent] {
        try viewer.require([.rep])
        guard let kind = LedgerEventKind(rawValue: input.kind), SuggestionEventInput.recordableKinds.contains(kind)
        else {
            throw AppError.badRequest("kind \"\(input.kind)\" is not one of "
                + SuggestionEventInput.recordableKinds.map(\.rawValue).joined(separator: ", "))
        }
        let reasons = self.reasons
        return try await repository.transaction { tx in
            guard let suggestion = try await tx.suggestion(SuggestionID(id)), let rep = viewer.account.rep,
                  suggestion.rep == rep, suggestion.shown, !suggestion.superseded
            else { throw AppError.notFound("suggestion \(id)") }
            var location: GeoPoint?
            var distance: Double?
            switch (input.latitude, input.longitude) {
            case (nil, nil): break
            case (let latitude?, let longitude?):
                do {
                    location = try GeoPoint(latitude: latitude, longitude: longitude)
                } catch {
                    throw AppError.badRequest("latitude \(latitude), longitude \(longitude) is not a place")
                }
                if let lead = try await tx.lead(suggestion.lead), let location {
                    distance = VisitLocationCheck.distanceMetres(from: location, to: lead.location)
                }
            default:
                throw AppError.badRequest("send both latitude and longitude, or neither")
            }
            var history = try LedgerHistory(try await tx.ledgerEvents(suggestions: [id]))
            var events: [LedgerEvent] = []
            do {
                if kind != .shown, !history.eventsInForce.contains(where: { $0.kind == .shown }) {
                    events.append(try LedgerEvent(
                        id: Self.newEventID(), suggestion: id, rep: suggestion.rep, lead: suggestion.lead,
                        kind: .shown, time: now))
                }
                let event = try LedgerEvent(
                    id: Self.newEventID(), suggestion: id, rep: suggestion.rep, lead: suggestion.lead, kind: kind,
                    time: now, reason: input.reason, note: input.note, location: location, distanceMetres: distance,
                    value: input.value)
                try event.validate(reasons: reasons)
                events.append(event)
                for event in events { try history.append(event) }
            } catch let error as LedgerError {
                throw AppError.badRequest(error.message)
            }
            try await tx.append(ledgerEvents: events, recordedAt: now)
            return events
        }
    }

    /// A new event id: `web-` and a random UUID (the ledger's ids are unique text).
    static func newEventID() -> String {
        "web-" + UUID().uuidString.lowercased()
    }
}
