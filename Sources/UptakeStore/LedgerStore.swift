import Foundation
import UptakeCore

/// The suggestion ledger and pilots (schema version 4), refined by ``UptakeRepository``.
///
/// The ledger is append-only: there is no update or delete here, and the database refuses both. A
/// correction is a new event whose `supersedes` names the wrong one (``LedgerHistory``).
///
/// ```swift
/// try await repository.append(ledgerEvents: [shown, accepted])
/// let history = try LedgerHistory(try await repository.ledgerEvents(from: monday, to: nextMonday))
/// let arm = try await repository.pilotArm(rep: "rep-1", on: tomorrowNoon)   // nil: in no running pilot
/// ```
public protocol LedgerStore: Sendable {
    /// Appends events in the given order (their recording order), in one transaction.
    ///
    /// Checks nothing beyond the schema (unique ids): validate with ``LedgerHistory`` first.
    ///
    /// - Parameters:
    ///   - ledgerEvents: The events.
    ///   - recordedAt: When they were recorded.
    /// - Throws: The database's error (a repeated id); nothing of this call is stored then.
    func append(ledgerEvents: [LedgerEvent], recordedAt: Date) async throws
    /// Every event of the given suggestions, in recording order.
    ///
    /// - Parameter suggestions: Suggestion ids (any number).
    /// - Returns: The events.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func ledgerEvents(suggestions: Set<String>) async throws -> [LedgerEvent]
    /// Every event of each suggestion that has an event in `[from, to)`, in recording order; all events
    /// when both bounds are nil.
    ///
    /// A suggestion's whole history comes back (also events outside the range), since corrections and the
    /// funnel's cohort rule need it.
    ///
    /// - Parameters:
    ///   - from: Start, included; nil for none.
    ///   - to: End, excluded; nil for none.
    /// - Returns: The events.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func ledgerEvents(from: Date?, to: Date?) async throws -> [LedgerEvent]
    /// Of the given event ids, those already recorded.
    ///
    /// - Parameter ids: Event ids.
    /// - Returns: The recorded subset.
    /// - Throws: The database's error.
    func existingLedgerEventIDs(_ ids: Set<String>) async throws -> Set<String>
    /// How many events the ledger holds.
    ///
    /// - Returns: The count.
    /// - Throws: The database's error.
    func ledgerEventCount() async throws -> Int

    /// Stores a new draft pilot, or replaces a draft of the same id with its assignments.
    ///
    /// - Parameter pilot: The pilot; its status must be draft.
    /// - Throws: ``LedgerError`` `.conflict` when a pilot with this id has started (a started pilot
    ///   cannot change), or the database's error.
    func savePilotDraft(_ pilot: StoredPilot) async throws
    /// Starts a draft pilot: freezes its plan by storing `planHash` and the start time.
    ///
    /// - Parameters:
    ///   - id: The pilot.
    ///   - planHash: The hash of its plan (``AnalysisPlan/planHash()``).
    ///   - at: When it started.
    /// - Returns: The started pilot.
    /// - Throws: ``LedgerError`` `.unknownReference` for no such pilot, `.conflict` when it is not a draft
    ///   or one of its reps is in another running pilot over overlapping dates.
    func startPilot(_ id: String, planHash: String, at: Date) async throws -> StoredPilot
    /// Marks a running pilot finished.
    ///
    /// - Parameters:
    ///   - id: The pilot.
    ///   - at: When.
    /// - Returns: The finished pilot.
    /// - Throws: ``LedgerError`` `.unknownReference` for no such pilot, `.conflict` when it is not running.
    func finishPilot(_ id: String, at: Date) async throws -> StoredPilot
    /// One pilot, or nil.
    ///
    /// - Parameter id: The pilot's id.
    /// - Returns: The pilot.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func pilot(_ id: String) async throws -> StoredPilot?
    /// Every pilot, ordered by creation.
    ///
    /// - Returns: The pilots.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func pilots() async throws -> [StoredPilot]
    /// The arm a rep is in on a date: the arm of the running pilot whose period holds `date`, or nil
    /// when the rep is in none.
    ///
    /// The planner calls this for each rep and day it plans and stores a control rep's suggestions as
    /// not shown: `save(draft, shown: arm != .control)`.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - date: An instant of the planned day (noon in the rep's time zone is safe).
    /// - Returns: `.treatment`, `.control`, or nil.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func pilotArm(rep: RepID, on date: Date) async throws -> PilotArm?
}
