import Foundation
import Logging
import SQLKit
import UptakeCore

/// The one implementation of ``UptakeRepository``: sql-kit over SQLite (sqlite-kit) or PostgreSQL (postgres-kit).
///
/// Every statement is built with sql-kit and every value is a bound parameter. The dialects differ in only
/// three places, each spelled out where it happens: how connections are held (``SessionSource``), how a
/// transaction begins (`BEGIN IMMEDIATE` on SQLite takes the write lock at once), and two column types in
/// the schema (``Migration``).
///
/// Open with ``open(_:logger:)`` and always end with ``shutdown()`` (or use ``withRepository(_:logger:_:)``).
///
/// ```swift
/// try await SQLRepository.withRepository(DatabaseURL(parsing: "sqlite::memory:")) { repository in
///     try await repository.migrate()
///     print(try await repository.counts())
/// }
/// ```
public struct SQLRepository: UptakeRepository {
    let source: any SessionSource
    /// The session of the transaction this value was handed to, if any (see ``transaction(_:)``).
    let pinned: ActiveSession?

    /// Which database this is.
    public var kind: DatabaseKind { source.kind }

    init(source: any SessionSource, pinned: ActiveSession? = nil) {
        self.source = source
        self.pinned = pinned
    }

    /// Opens the database a URL names. Does not migrate: call ``migrate()``.
    ///
    /// SQLite files and their parent directories are created when missing; an in-memory database lives
    /// until ``shutdown()``.
    ///
    /// - Parameters:
    ///   - url: Where the database is.
    ///   - logger: Where the drivers log (queries at `.debug`).
    /// - Returns: The repository; call ``shutdown()`` when done.
    /// - Throws: ``StoreError`` `.connectionFailed` when the database cannot be opened or reached.
    public static func open(_ url: DatabaseURL, logger: Logger = Logger(label: "uptake.store")) async throws
        -> SQLRepository
    {
        switch url.location {
        case .sqliteFile(let path):
            return SQLRepository(source: try await SQLiteSessionSource.open(path: path, logger: logger))
        case .sqliteMemory:
            return SQLRepository(source: try await SQLiteSessionSource.open(path: nil, logger: logger))
        case .postgres(let text):
            return SQLRepository(source: try await PostgresSessionSource.open(url: text, logger: logger))
        }
    }

    /// Opens a database, runs `body`, and shuts the repository down whether `body` succeeds or throws.
    ///
    /// - Parameters:
    ///   - url: Where the database is.
    ///   - logger: Where the drivers log.
    ///   - body: The work.
    /// - Returns: What `body` returned.
    /// - Throws: ``StoreError`` from opening, or what `body` threw.
    public static func withRepository<T: Sendable>(
        _ url: DatabaseURL, logger: Logger = Logger(label: "uptake.store"),
        _ body: (SQLRepository) async throws -> T
    ) async throws -> T {
        let repository = try await open(url, logger: logger)
        do {
            let result = try await body(repository)
            try await repository.shutdown()
            return result
        } catch {
            try? await repository.shutdown()
            throw error
        }
    }

    /// Closes every connection, after the work in progress finishes. Later calls throw ``StoreError`` `.closed`.
    ///
    /// Calling it twice is harmless.
    ///
    /// - Throws: The driver's error while closing.
    public func shutdown() async throws {
        try await source.shutdown()
    }

    public func transaction<T: Sendable>(
        _ body: @Sendable (any UptakeRepository) async throws -> T
    ) async throws -> T {
        try await inNewTransaction { session in try await body(SQLRepository(source: source, pinned: session)) }
    }

    /// Opens a transaction (a savepoint when one is open already) and runs `body` in it.
    private func inNewTransaction<T: Sendable>(_ body: (ActiveSession) async throws -> T) async throws -> T {
        try await withSession { session in
            let depth = session.transactionDepth
            let inner = ActiveSession(
                source: session.source, database: session.database, transactionDepth: depth + 1)
            // Savepoint names carry only the nesting depth, never a value.
            let savepoint = "uptake_\(depth)"
            try await execute(depth == 0 ? beginStatement : "SAVEPOINT \(savepoint)", on: session.database)
            defer { inner.isOpen.withLock { $0 = false } }
            do {
                let result = try await ActiveSession.$current.withValue(inner) { try await body(inner) }
                // Indexes dropped for a bulk upsert are rebuilt inside the transaction, so a failure here
                // rolls back with the rest and a committed database always has all its indexes.
                try await DeferredIndex.rebuild(inner.deferredIndexes.withLock { $0 }, on: session.database)
                try await execute(depth == 0 ? "COMMIT" : "RELEASE SAVEPOINT \(savepoint)", on: session.database)
                return result
            } catch {
                // The original error is what the caller needs; a failed rollback leaves the connection's
                // transaction to be discarded with the connection.
                if depth == 0 {
                    try? await execute("ROLLBACK", on: session.database)
                } else {
                    try? await execute("ROLLBACK TO SAVEPOINT \(savepoint)", on: session.database)
                    try? await execute("RELEASE SAVEPOINT \(savepoint)", on: session.database)
                }
                throw error
            }
        }
    }

    /// SQLite takes the write lock at `BEGIN IMMEDIATE`, so two writers queue instead of one failing with
    /// `SQLITE_BUSY` when it upgrades a read lock; PostgreSQL locks rows as it writes them.
    private var beginStatement: String {
        switch kind {
        case .sqlite: "BEGIN IMMEDIATE"
        case .postgres: "BEGIN"
        }
    }

    /// Runs `body` with the session this task already holds for this database (inside a transaction or
    /// another call), else with the pinned session of a transaction, else with a new one.
    func withSession<T: Sendable>(_ body: (ActiveSession) async throws -> T) async throws -> T {
        let sourceID = ObjectIdentifier(source)
        if let current = ActiveSession.current, current.source == sourceID {
            return try await body(current)
        }
        if let pinned, pinned.source == sourceID {
            // A repository handed to a transaction body and kept past it would write outside any transaction,
            // on a connection someone else may hold by then.
            guard pinned.isOpen.withLock({ $0 }) else {
                throw StoreError(.closed, "the repository passed to transaction { } was used after it ended")
            }
            return try await ActiveSession.$current.withValue(pinned) { try await body(pinned) }
        }
        return try await source.withSession { database in
            let session = ActiveSession(source: sourceID, database: database, transactionDepth: 0)
            return try await ActiveSession.$current.withValue(session) { try await body(session) }
        }
    }

    /// Runs `body` with a session; the shorthand for calls that need only the database.
    func withDatabase<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await withSession { try await body($0.database) }
    }

    /// Runs `body` inside a transaction: the current one when there is one (no savepoint: the caller's
    /// transaction already makes the call atomic with the rest), else a new one.
    func withinTransaction<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await withinTransactionSession { try await body($0.database) }
    }

    /// ``withinTransaction(_:)`` for work that needs the session itself (its depth, its deferred indexes).
    func withinTransactionSession<T: Sendable>(_ body: (ActiveSession) async throws -> T) async throws -> T {
        try await withSession { session in
            if session.transactionDepth > 0 { return try await body(session) }
            return try await inNewTransaction { try await body($0) }
        }
    }

    /// Runs one constant statement (no values: transaction control, pragmas, schema).
    func execute(_ sql: String, on database: any SQLDatabase) async throws {
        try await database.execute(sql: SQLRaw(sql)) { _ in }
    }
}
