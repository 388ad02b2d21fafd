/// The events of a ledger in the order they were recorded, checked as they are appended, and the
/// events still in force.
///
/// Rules (docs/evidence.md, "Corrections"):
/// - event ids are unique;
/// - `supersedes` must name an event recorded earlier, on the same suggestion, that nothing has
///   superseded yet (a correction is final: to restore a withdrawn event, record it again);
/// - an event is *in force* when no later event supersedes it and it is not itself a `retracted`.
///
/// ```swift
/// var history = LedgerHistory()
/// try history.append(accepted)
/// try history.append(dismissedCorrectingAccepted)   // supersedes: accepted.id
/// history.eventsInForce                              // [dismissedCorrectingAccepted]
/// ```
public struct LedgerHistory: Sendable {
    /// Every event, in recording order.
    public private(set) var events: [LedgerEvent] = []
    private var indexByID: [String: Int] = [:]
    private var supersededBy: [String: String] = [:]

    /// An empty history.
    public init() {}

    /// A history of events already recorded (read back from the store), checked in order.
    ///
    /// - Parameter events: The events in recording order.
    /// - Throws: ``LedgerError`` as ``append(_:)`` does.
    public init(_ events: [LedgerEvent]) throws {
        self.events.reserveCapacity(events.count)
        for event in events { try append(event) }
    }

    /// Appends an event after checking it against the history.
    ///
    /// - Parameter event: The new event.
    /// - Throws: ``LedgerError`` `.duplicateID` for an id already recorded, `.unknownReference` when
    ///   `supersedes` names no earlier event, `.conflict` when that event is on another suggestion or was
    ///   superseded already.
    public mutating func append(_ event: LedgerEvent) throws {
        try check(event)
        if let target = event.supersedes { supersededBy[target] = event.id }
        indexByID[event.id] = events.count
        events.append(event)
    }

    /// Checks an event as ``append(_:)`` would, without appending it.
    ///
    /// - Parameter event: The candidate event.
    /// - Throws: ``LedgerError`` as ``append(_:)`` does.
    public func check(_ event: LedgerEvent) throws {
        guard indexByID[event.id] == nil else {
            throw LedgerError(.duplicateID, "event id \(event.id) is already recorded")
        }
        guard let target = event.supersedes else { return }
        guard let index = indexByID[target] else {
            throw LedgerError(.unknownReference, "event \(event.id) supersedes \(target), which is not recorded")
        }
        guard events[index].suggestion == event.suggestion else {
            throw LedgerError(.conflict, "event \(event.id) is on suggestion \(event.suggestion) but supersedes "
                + "\(target), which is on \(events[index].suggestion)")
        }
        if let earlier = supersededBy[target] {
            throw LedgerError(.conflict, "event \(target) was already superseded by \(earlier)")
        }
    }

    /// Whether an event with this id is recorded.
    ///
    /// - Parameter id: The event id.
    /// - Returns: `true` when recorded.
    public func contains(_ id: String) -> Bool { indexByID[id] != nil }

    /// The events in force, in recording order: not superseded, not retractions.
    public var eventsInForce: [LedgerEvent] {
        events.filter { supersededBy[$0.id] == nil && $0.kind != .retracted }
    }

    /// Each suggestion's outcome from the events in force, ordered by suggestion id.
    public var outcomes: [SuggestionOutcome] { SuggestionOutcome.resolve(eventsInForce) }
}
