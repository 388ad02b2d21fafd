import Foundation

/// Where one suggestion stands, read from the ledger events in force.
///
/// Of each kind the latest event counts (by time, then by recording order): a rep who accepted and later
/// dismissed has dismissed. Accepted and dismissed are one decision, so the later of the two wins.
/// Stages are read independently: a visit counts even when the suggestion was never accepted (a rep
/// may visit a suggested lead without ticking it).
public struct SuggestionOutcome: Hashable, Sendable {
    /// A rep's answer to a shown suggestion.
    public enum Decision: Hashable, Sendable {
        /// Put in the day.
        case accepted
        /// Declined, with a reason code and optional free text.
        case dismissed(reason: String, note: String?)
    }

    /// The suggestion id.
    public var suggestion: String
    /// The rep (of the latest event).
    public var rep: RepID
    /// The lead (of the latest event).
    public var lead: LeadID
    /// The time of the earliest event in force: the suggestion's date for period filters.
    public var firstTime: Date
    /// When it was first shown, or nil when never shown.
    public var shownAt: Date?
    /// The rep's latest answer, or nil.
    public var decision: Decision?
    /// When the latest visit happened, or nil.
    public var visitedAt: Date?
    /// The latest visit's distance from the lead in metres, when a GPS point was recorded.
    public var visitDistanceMetres: Double?
    /// When the lead converted (latest conversion event), or nil.
    public var convertedAt: Date?
    /// The conversion's value, or nil.
    public var convertedValue: Double?

    /// Whether the latest answer is an acceptance.
    public var isAccepted: Bool { decision == .accepted }

    /// The outcomes of every suggestion the events mention.
    ///
    /// - Parameter eventsInForce: Events in recording order, corrections already applied
    ///   (``LedgerHistory/eventsInForce``).
    /// - Returns: One outcome per suggestion, in the order of each suggestion's first event.
    public static func resolve(_ eventsInForce: [LedgerEvent]) -> [SuggestionOutcome] {
        resolve(eventsInForce, supersededBy: nil)
    }

    /// The outcomes of the suggestions in `events`, skipping retractions and events with a superseder.
    static func resolve(_ events: [LedgerEvent], supersededBy: [String?]?) -> [SuggestionOutcome] {
        var outcomes: [SuggestionOutcome] = []
        var position: [String: Int] = [:]
        // Sized up front: growing a dictionary of string keys rehashes every key at each doubling.
        position.reserveCapacity(events.count)
        events.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if let supersededBy, supersededBy[index] != nil { continue }
                if buffer[index].kind == .retracted { continue }
                let suggestion = buffer[index].suggestion
                if let known = position[suggestion] {
                    outcomes[known].add(buffer[index])
                } else {
                    position[suggestion] = outcomes.count
                    var outcome = SuggestionOutcome(
                        suggestion: suggestion, rep: buffer[index].rep, lead: buffer[index].lead,
                        firstTime: buffer[index].time)
                    outcome.add(buffer[index])
                    outcomes.append(outcome)
                }
            }
        }
        return outcomes
    }

    /// Folds one event in force into the outcome.
    private mutating func add(_ event: borrowing LedgerEvent) {
        rep = event.rep
        lead = event.lead
        firstTime = min(firstTime, event.time)
        // `>=`: on equal times the later-recorded event wins.
        switch event.kind {
        case .shown:
            shownAt = min(shownAt ?? event.time, event.time)
        case .accepted, .dismissed:
            if event.time >= decidedAt ?? .distantPast {
                decidedAt = event.time
                decision = event.kind == .accepted ? .accepted : .dismissed(reason: event.reason ?? "", note: event.note)
            }
        case .visited:
            if event.time >= visitedAt ?? .distantPast {
                visitedAt = event.time
                visitDistanceMetres = event.distanceMetres
            }
        case .converted:
            if event.time >= convertedAt ?? .distantPast {
                convertedAt = event.time
                convertedValue = event.value
            }
        case .retracted:
            break
        }
    }

    /// When the latest decision was made.
    private var decidedAt: Date?

    private init(suggestion: String, rep: RepID, lead: LeadID, firstTime: Date) {
        self.suggestion = suggestion
        self.rep = rep
        self.lead = lead
        self.firstTime = firstTime
    }
}
