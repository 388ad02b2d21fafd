import Foundation
import UptakeCore

/// Everything Uptake keeps, behind one protocol: the rest of the program sees this, never a driver.
///
/// One implementation, ``SQLRepository``, serves SQLite and PostgreSQL through sql-kit.
/// Every method that writes several rows does so in one transaction.
public protocol UptakeRepository: Sendable {
    /// Which database this is.
    var kind: DatabaseKind { get }

    /// Applies every migration not yet applied, in order. Safe to call on every start.
    func migrate() async throws

    /// Runs `body` in one transaction: everything it writes lands together, or nothing does when it
    /// throws. The repository passed to `body` must be the one used for every write inside it.
    func transaction<T: Sendable>(
        _ body: @Sendable (any UptakeRepository) async throws -> T
    ) async throws -> T

    /// Inserts new reps and updates changed ones, matched by external id.
    func upsert(reps: [Rep]) async throws -> UpsertSummary
    /// Inserts new leads and updates changed ones, matched by external id.
    func upsert(leads: [Lead]) async throws -> UpsertSummary
    /// Inserts new appointments and updates changed ones, matched by external id.
    func upsert(appointments: [Appointment]) async throws -> UpsertSummary
    /// Inserts new visits and updates changed ones, matched by external id.
    func upsert(visits: [Visit]) async throws -> UpsertSummary
    /// Inserts new conversions and updates changed ones, matched by external id.
    func upsert(conversions: [Conversion]) async throws -> UpsertSummary

    /// Every rep, ordered by id.
    func reps() async throws -> [Rep]
    /// One rep, or nil.
    func rep(_ id: RepID) async throws -> Rep?
    /// Of the given ids, those that name a stored rep.
    func existingRepIDs(_ ids: Set<RepID>) async throws -> Set<RepID>
    /// Of the given ids, those that name a stored lead.
    func existingLeadIDs(_ ids: Set<LeadID>) async throws -> Set<LeadID>
    /// Leads ordered by id, a page at a time.
    func leads(limit: Int, offset: Int) async throws -> [Lead]
    /// One lead, or nil.
    func lead(_ id: LeadID) async throws -> Lead?
    /// A rep's appointments that overlap `[from, to)`, ordered by start.
    func appointments(rep: RepID, from: Date, to: Date) async throws -> [Appointment]
    /// Visits in `[from, to)`, optionally one rep's, ordered by time.
    func visits(rep: RepID?, from: Date, to: Date) async throws -> [Visit]
    /// Conversions in `[from, to)`, ordered by date.
    func conversions(from: Date, to: Date) async throws -> [Conversion]

    /// How many rows each table holds.
    func counts() async throws -> TableCounts

    /// Records that an import ran.
    func record(_ importRecord: ImportRecord) async throws
    /// The most recent import, or nil when none ran.
    func lastImport() async throws -> ImportRecord?
}

/// The database behind a repository.
public enum DatabaseKind: String, Sendable, Codable, Hashable {
    case sqlite, postgres
}

/// What an upsert did, row by row.
public struct UpsertSummary: Hashable, Sendable, Codable {
    public var inserted: Int
    public var updated: Int
    public var unchanged: Int

    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
    }

    /// Adds another batch's counts.
    public static func + (lhs: Self, rhs: Self) -> Self {
        Self(inserted: lhs.inserted + rhs.inserted, updated: lhs.updated + rhs.updated,
             unchanged: lhs.unchanged + rhs.unchanged)
    }
}

/// Row counts per table, as `uptake status --json` prints them.
public struct TableCounts: Hashable, Sendable, Codable {
    public var reps: Int
    public var leads: Int
    public var appointments: Int
    public var visits: Int
    public var conversions: Int
    public var imports: Int

    public init(reps: Int = 0, leads: Int = 0, appointments: Int = 0, visits: Int = 0, conversions: Int = 0,
                imports: Int = 0) {
        self.reps = reps
        self.leads = leads
        self.appointments = appointments
        self.visits = visits
        self.conversions = conversions
        self.imports = imports
    }
}

/// One run of `uptake import` (or of the demo generator), as recorded in the store.
public struct ImportRecord: Hashable, Sendable, Codable {
    /// What was imported: `leads`, `reps`, `appointments`, `visits`, `conversions`, or `demo`.
    public var entity: String
    /// The file's name as given.
    public var source: String
    public var finishedAt: Date
    public var summary: UpsertSummary
    public var rejected: Int

    public init(entity: String, source: String, finishedAt: Date, summary: UpsertSummary, rejected: Int) {
        self.entity = entity
        self.source = source
        self.finishedAt = finishedAt
        self.summary = summary
        self.rejected = rejected
    }
}
