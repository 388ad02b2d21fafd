import Foundation
import UptakeCore

/// Everything Uptake keeps, behind one protocol: the rest of the program sees this, never a driver.
///
/// One implementation, ``SQLRepository``, serves SQLite and PostgreSQL through sql-kit; open one with
/// ``SQLRepository/open(_:logger:)`` from a ``DatabaseURL``.
/// Every method that writes several rows does so in one transaction. Dates are stored to the millisecond.
///
/// ```swift
/// let repository = try await SQLRepository.open(DatabaseURL(parsing: "sqlite:uptake.db"))
/// try await repository.migrate()
/// let summary = try await repository.transaction { repo in
///     try await repo.upsert(leads: batch)
/// }
/// try await repository.shutdown()
/// ```
public protocol UptakeRepository:
    Sendable, ModelStore, PlanStore, LedgerStore, UserStore, LeadPageStore, PulseStore, LeadHistoryStore,
    LoginThrottleStore, ModelHealthStore, LeadMarkStore, DayViewStore
{
    /// Which database this is.
    var kind: DatabaseKind { get }

    /// Applies every migration not yet applied, in order, each in its own transaction.
    ///
    /// Safe to call on every start, and from several processes at once.
    ///
    /// - Throws: ``StoreError`` `.migrationFailed` naming the migration; it was rolled back.
    func migrate() async throws

    /// Runs `body` in one transaction: everything it writes lands together, or nothing does when it throws.
    ///
    /// Calls nest: an inner `transaction` is a savepoint, so its failure undoes only its own writes when the
    /// outer body catches the error. Methods called on this repository (or the one passed to `body`) from
    /// inside `body`, in the same task or its child tasks, join the transaction.
    ///
    /// - Parameter body: The work; the repository passed to it writes inside the transaction.
    /// - Returns: What `body` returned, once committed.
    /// - Throws: What `body` threw (after rolling back), or the database's error.
    func transaction<T: Sendable>(
        _ body: @Sendable (any UptakeRepository) async throws -> T
    ) async throws -> T

    /// Inserts new reps and updates changed ones, matched by external id.
    ///
    /// - Parameter reps: The reps; when an id repeats, the last copy is stored.
    /// - Returns: How many were inserted, updated and unchanged.
    /// - Throws: The database's error; nothing of this call is stored then.
    func upsert(reps: [Rep]) async throws -> UpsertSummary
    /// Inserts new leads and updates changed ones, matched by external id.
    ///
    /// Pass batches of about 1,000-5,000 inside one ``transaction(_:)`` for large imports.
    ///
    /// - Parameter leads: The leads; when an id repeats, the last copy is stored.
    /// - Returns: How many were inserted, updated and unchanged.
    /// - Throws: The database's error; nothing of this call is stored then.
    func upsert(leads: [Lead]) async throws -> UpsertSummary
    /// Inserts new appointments and updates changed ones, matched by external id.
    ///
    /// - Parameter appointments: The appointments; when an id repeats, the last copy is stored.
    /// - Returns: How many were inserted, updated and unchanged.
    /// - Throws: The database's error; nothing of this call is stored then.
    func upsert(appointments: [Appointment]) async throws -> UpsertSummary
    /// Inserts new visits and updates changed ones, matched by external id.
    ///
    /// - Parameter visits: The visits; when an id repeats, the last copy is stored.
    /// - Returns: How many were inserted, updated and unchanged.
    /// - Throws: The database's error; nothing of this call is stored then.
    func upsert(visits: [Visit]) async throws -> UpsertSummary
    /// Inserts new conversions and updates changed ones, matched by external id.
    ///
    /// - Parameter conversions: The conversions; when an id repeats, the last copy is stored.
    /// - Returns: How many were inserted, updated and unchanged.
    /// - Throws: The database's error; nothing of this call is stored then.
    func upsert(conversions: [Conversion]) async throws -> UpsertSummary

    /// Every rep, ordered by id.
    ///
    /// - Returns: The reps.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func reps() async throws -> [Rep]
    /// One rep, or nil.
    ///
    /// - Parameter id: The rep's id.
    /// - Returns: The rep, or nil when none has this id.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func rep(_ id: RepID) async throws -> Rep?
    /// Of the given ids, those that name a stored rep.
    ///
    /// - Parameter ids: Ids to look up (any number).
    /// - Returns: The subset that is stored.
    /// - Throws: The database's error.
    func existingRepIDs(_ ids: Set<RepID>) async throws -> Set<RepID>
    /// Of the given ids, those that name a stored lead.
    ///
    /// - Parameter ids: Ids to look up (any number).
    /// - Returns: The subset that is stored.
    /// - Throws: The database's error.
    func existingLeadIDs(_ ids: Set<LeadID>) async throws -> Set<LeadID>
    /// Leads ordered by id, a page at a time.
    ///
    /// Prefer ``leads(after:limit:)`` for walking every lead: an offset makes the database skip rows.
    ///
    /// - Parameters:
    ///   - limit: The page size.
    ///   - offset: How many leads to skip.
    /// - Returns: Up to `limit` leads.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func leads(limit: Int, offset: Int) async throws -> [Lead]
    /// Leads ordered by id whose id sorts after `after` (keyset paging: constant cost per page).
    ///
    /// - Parameters:
    ///   - after: The last id of the previous page, or nil for the first page.
    ///   - limit: The page size.
    /// - Returns: Up to `limit` leads; fewer (or none) at the end.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func leads(after: LeadID?, limit: Int) async throws -> [Lead]
    /// A rep's leads, ordered by id.
    ///
    /// - Parameter owner: The owning rep.
    /// - Returns: Every lead whose owner is `owner`.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func leads(owner: RepID) async throws -> [Lead]
    /// One lead, or nil.
    ///
    /// - Parameter id: The lead's id.
    /// - Returns: The lead, or nil when none has this id.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func lead(_ id: LeadID) async throws -> Lead?
    /// A rep's appointments that overlap `[from, to)`, ordered by start (an instant at `from` counts).
    ///
    /// - Parameters:
    ///   - rep: Whose calendar.
    ///   - from: Start of the range, included.
    ///   - to: End of the range, excluded.
    /// - Returns: The appointments.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func appointments(rep: RepID, from: Date, to: Date) async throws -> [Appointment]
    /// Visits in `[from, to)`, optionally one rep's, ordered by time.
    ///
    /// - Parameters:
    ///   - rep: Only this rep's visits, or nil for everyone's.
    ///   - from: Start of the range, included.
    ///   - to: End of the range, excluded.
    /// - Returns: The visits.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func visits(rep: RepID?, from: Date, to: Date) async throws -> [Visit]
    /// Conversions in `[from, to)`, ordered by date.
    ///
    /// - Parameters:
    ///   - from: Start of the range, included.
    ///   - to: End of the range, excluded.
    /// - Returns: The conversions.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func conversions(from: Date, to: Date) async throws -> [Conversion]

    /// How many rows each table holds.
    ///
    /// - Returns: The counts.
    /// - Throws: The database's error.
    func counts() async throws -> TableCounts

    /// Records that an import ran.
    ///
    /// - Parameter importRecord: The run.
    /// - Throws: The database's error.
    func record(_ importRecord: ImportRecord) async throws
    /// The most recent import (latest `finishedAt`; the last recorded on a tie), or nil when none ran.
    ///
    /// - Returns: The import, or nil.
    /// - Throws: The database's error.
    func lastImport() async throws -> ImportRecord?
}
