import Foundation

/// One entry of the suggestion ledger: something that happened to one suggestion, never changed once
/// recorded.
///
/// The ledger is append-only. A mistake is corrected by a new event whose ``supersedes`` names the
/// wrong one: the new event takes its place (a `dismissed` superseding an `accepted` changes the answer;
/// a `converted` superseding a `converted` changes the value), and a ``LedgerEventKind/retracted`` event
/// withdraws it with no replacement. Without `supersedes`, events of one kind on one suggestion do not
/// cancel each other; ``SuggestionOutcome`` reads the latest of each kind (see there).
///
/// ```swift
/// let shown = try LedgerEvent(id: "e1", suggestion: "sug-1", rep: "rep-1", lead: "lead-9", kind: .shown,
///                             time: monday9am)
/// let dismissed = try LedgerEvent(id: "e2", suggestion: "sug-1", rep: "rep-1", lead: "lead-9",
///                                 kind: .dismissed, time: monday10am, reason: "too_far")
/// ```
public struct LedgerEvent: Hashable, Sendable, Codable, Identifiable {
    /// The event's unique id (from the source system, or made by the importer).
    public var id: String
    /// The suggestion it is about (the planner's suggestion id).
    public var suggestion: String
    /// The rep the suggestion was made to.
    public var rep: RepID
    /// The lead suggested.
    public var lead: LeadID
    /// What happened.
    public var kind: LedgerEventKind
    /// When it happened (for `converted`, the date of the deal).
    public var time: Date
    /// A dismissal's reason code (see ``DismissalReasons``); nil for other kinds.
    public var reason: String?
    /// Free text: the rep's words on a dismissal, a visit note, the reason for a correction.
    public var note: String?
    /// Where a visit was recorded (GPS), if it was.
    public var location: GeoPoint?
    /// Distance in metres from ``location`` to the lead when the event was recorded, if both were known;
    /// compared with a radius by ``VisitLocationCheck`` (flagged, never dropped).
    public var distanceMetres: Double?
    /// A conversion's value (the deal's amount); nil for other kinds.
    public var value: Double?
    /// The id of an earlier event this one corrects (replaces, or for `retracted`, withdraws).
    public var supersedes: String?

    /// Makes an event, checking what its kind requires.
    ///
    /// - Parameters:
    ///   - id: The event id.
    ///   - suggestion: The suggestion id.
    ///   - rep: The rep.
    ///   - lead: The lead.
    ///   - kind: What happened.
    ///   - time: When.
    ///   - reason: Dismissal reason (dismissed only, required there).
    ///   - note: Free text.
    ///   - location: GPS point of a visit (visited only).
    ///   - distanceMetres: Distance from the point to the lead, when known.
    ///   - value: Conversion value (converted only, required there, not negative).
    ///   - supersedes: The event this one corrects (required for `retracted`).
    /// - Throws: ``LedgerError`` `.missingValue` or `.unexpectedValue` when a field does not fit the kind,
    ///   `.invalidValue` for a blank id, a negative or non-finite value, or an event superseding itself.
    public init(
        id: String, suggestion: String, rep: RepID, lead: LeadID, kind: LedgerEventKind, time: Date,
        reason: String? = nil, note: String? = nil, location: GeoPoint? = nil, distanceMetres: Double? = nil,
        value: Double? = nil, supersedes: String? = nil
    ) throws {
        guard !id.isEmpty, !suggestion.isEmpty else {
            throw LedgerError(.invalidValue, "an event needs an id and a suggestion id")
        }
        switch (kind, reason) {
        case (.dismissed, nil): throw LedgerError(.missingValue, "a dismissed event needs a reason")
        case (.dismissed, _), (_, nil): break
        case (_, .some): throw LedgerError(.unexpectedValue, "only a dismissed event takes a reason")
        }
        switch (kind, value) {
        case (.converted, nil): throw LedgerError(.missingValue, "a converted event needs a value")
        case (.converted, let amount?):
            guard amount.isFinite, amount >= 0 else {
                throw LedgerError(.invalidValue, "conversion value \(amount) is not a non-negative amount")
            }
        case (_, nil): break
        case (_, .some): throw LedgerError(.unexpectedValue, "only a converted event takes a value")
        }
        if location != nil, kind != .visited {
            throw LedgerError(.unexpectedValue, "only a visited event takes a GPS point")
        }
        if kind == .retracted, supersedes == nil {
            throw LedgerError(.missingValue, "a retracted event must name the event it withdraws (supersedes)")
        }
        if supersedes == id { throw LedgerError(.invalidValue, "event \(id) supersedes itself") }
        self.id = id
        self.suggestion = suggestion
        self.rep = rep
        self.lead = lead
        self.kind = kind
        self.time = time
        self.reason = reason
        self.note = note
        self.location = location
        self.distanceMetres = distanceMetres
        self.value = value
        self.supersedes = supersedes
    }

    /// Checks the event against a list of dismissal reasons.
    ///
    /// - Parameter reasons: The accepted reasons.
    /// - Throws: ``LedgerError`` `.invalidValue` for a reason not in the list, `.missingValue` when the
    ///   reason requires a note and there is none.
    public func validate(reasons: DismissalReasons) throws {
        guard let reason else { return }
        guard reasons.contains(reason) else {
            throw LedgerError(.invalidValue, "dismissal reason \"\(reason)\" is not one of "
                + reasons.codes.joined(separator: ", "))
        }
        if reasons.requiresNote(reason), (note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw LedgerError(.missingValue, "dismissal reason \"\(reason)\" needs free text in the note")
        }
    }
}
