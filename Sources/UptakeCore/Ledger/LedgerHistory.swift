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
    /// For each event (by index), the id of the event that superseded it, if any.
    private var supersededBy: [String?] = []

    /// An empty history.
    public init() {}

    /// A history of events already recorded (read back from the store), checked in order.
    ///
    /// - Parameter events: The events in recording order.
    /// - Throws: ``LedgerError`` as ``append(_:)`` does.
    public init(_ events: [LedgerEvent]) throws {
        // The array is shared, not copied: a million-event ledger is checked in one pass over it.
        self.events = events
        supersededBy = [String?](repeating: nil, count: events.count)
        indexByID.reserveCapacity(events.count)
        for index in events.indices {
            let target = events[index].supersedes == nil ? nil : try supersededIndex(of: events[index])
            let id = events[index].id
            if indexByID.updateValue(index, forKey: id) != nil {
                throw LedgerError(.duplicateID, "event id \(id) is already recorded")
            }
            if let target { supersededBy[target] = id }
        }
    }

    /// Appends an event after checking it against the history.
    ///
    /// - Parameter event: The new event.
    /// - Throws: ``LedgerError`` `.duplicateID` for an id already recorded, `.unknownReference` when
    ///   `supersedes` names no earlier event, `.conflict` when that event is on another suggestion or was
    ///   superseded already.
    public mutating func append(_ event: LedgerEvent) throws {
        let target = try supersededIndex(of: event)
        // One hash for the duplicate check and the insertion (a million-event ledger loads in one pass).
        if let earlier = indexByID.updateValue(events.count, forKey: event.id) {
            indexByID[event.id] = earlier
            throw LedgerError(.duplicateID, "event id \(event.id) is already recorded")
        }
        if let target { supersededBy[target] = event.id }
        events.append(event)
        supersededBy.append(nil)
    }

    /// Checks an event as ``append(_:)`` would, without appending it.
    ///
    /// - Parameter event: The candidate event.
    /// - Throws: ``LedgerError`` as ``append(_:)`` does.
    public func check(_ event: LedgerEvent) throws {
        guard indexByID[event.id] == nil else {
            throw LedgerError(.duplicateID, "event id \(event.id) is already recorded")
        }
        _ = try supersededIndex(of: event)
    }

    /// The index of the event `event` supersedes, after checking that it may.
    private func supersededIndex(of event: borrowing LedgerEvent) throws -> Int? {
        guard let target = event.supersedes else { return nil }
        guard let index = indexByID[target] else {
            throw LedgerError(.unknownReference, "event \(event.id) supersedes \(target), which is not recorded")
        }
        guard events[index].suggestion == event.suggestion else {
            throw LedgerError(.conflict, "event \(event.id) is on suggestion \(event.suggestion) but supersedes "
                + "\(target), which is on \(events[index].suggestion)")
        }
        if let earlier = supersededBy[index] {
            throw LedgerError(.conflict, "event \(target) was already superseded by \(earlier)")
        }
        return index
    }

    /// Whether an event with this id is recorded.
    ///
    /// - Parameter id: The event id.
    /// - Returns: `true` when recorded.
    public func contains(_ id: String) -> Bool { indexByID[id] != nil }

    /// Whether the event at `index` is in force: not superseded, not a retraction.
    private func isInForce(_ index: Int) -> Bool {
        supersededBy[index] == nil && events[index].kind != .retracted
    }

    /// The events in force, in recording order: not superseded, not retractions.
    public var eventsInForce: [LedgerEvent] {
        events.indices.filter(isInForce).map { events[$0] }
    }

    /// Each suggestion's outcome from the events in force, in the order of each suggestion's first event.
    public var outcomes: [SuggestionOutcome] {
        SuggestionOutcome.resolve(events, supersededBy: supersededBy)
    }
}
