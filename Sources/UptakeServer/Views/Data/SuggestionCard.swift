import Foundation
import UptakeCore
import UptakeStore

/// A suggested stop as the rep reads it: why it was suggested, and where it stands in the ledger.
///
/// The status is read from the ledger events in force (``SuggestionOutcome``): the latest decision wins, and
/// visits and conversions are read independently. The flags say which buttons My day offers next.
struct SuggestionCard: Codable, Sendable, Equatable {
    /// The suggestion's id (what `POST /api/v1/suggestions/{id}/events` takes).
    var id: String
    var lead: String
    var leadName: String
    /// Planned arrival, `HH:MM` in the rep's time zone.
    var arrival: String
    /// The planner's explanation, one sentence.
    var text: String
    /// The score's top reasons.
    var reasons: [String]
    /// Minutes the stop adds to the day's travel.
    var addedMinutes: Double
    /// The calibrated probability of conversion, when the lead was scored.
    var probability: Double?
    /// Whether the rep is shown this suggestion (false: a pilot control rep's, logged only).
    var shown: Bool
    /// `new`, `accepted` or `dismissed`.
    var status: String
    /// The dismissal reason, when dismissed.
    var dismissalReason: String?
    /// When visited, `HH:MM`.
    var visitedAt: String?
    /// The conversion's value, when converted.
    var convertedValue: Double?
    /// Which buttons My day offers. Accept and dismiss stay available after a decision (the latest decision
    /// counts); a visit is recorded once, unless dismissed (a rep may visit without accepting first); an
    /// outcome after a visit. Stored, not computed: the templates read values by reflection.
    var canAccept = false
    /// See ``canAccept``.
    var canDismiss = false
    /// See ``canAccept``.
    var canVisit = false
    /// See ``canAccept``.
    var canConvert = false

    /// Makes the card of a stored suggestion.
    ///
    /// - Parameters:
    ///   - suggestion: The stored suggestion.
    ///   - outcome: Its ledger outcome, or nil when it has no event yet.
    ///   - clock: Formats an instant as `HH:MM` in the rep's time zone.
    init(_ suggestion: StoredSuggestion, outcome: SuggestionOutcome?, clock: (Date) -> String) {
        id = suggestion.id.rawValue
        lead = suggestion.lead.rawValue
        leadName = suggestion.explanation.leadName
        arrival = clock(suggestion.plannedArrival)
        text = suggestion.explanation.text
        reasons = suggestion.explanation.reasons
        addedMinutes = suggestion.explanation.addedMinutes
        probability = suggestion.probability
        shown = suggestion.shown
        switch outcome?.decision {
        case .accepted: status = "accepted"
        case .dismissed(let reason, _):
            status = "dismissed"
            dismissalReason = reason
        case nil: status = "new"
        }
        visitedAt = outcome?.visitedAt.map(clock)
        convertedValue = outcome?.convertedAt == nil ? nil : outcome?.convertedValue
        canAccept = status != "accepted"
        canDismiss = status != "dismissed"
        canVisit = visitedAt == nil && status != "dismissed"
        canConvert = visitedAt != nil && convertedValue == nil
    }

    enum CodingKeys: String, CodingKey {
        case id, lead, leadName, arrival, text, reasons, addedMinutes, probability, shown, status
        case dismissalReason, visitedAt, convertedValue, canAccept, canDismiss, canVisit, canConvert
    }
}
