import SQLKit

/// Hands out a database session (one connection) to a closure, one at a time per connection.
///
/// This is the only place where the two backends differ in how connections are held: SQLite keeps one
/// connection behind a FIFO gate, PostgreSQL leases connections from a pool.
protocol SessionSource: AnyObject, Sendable {
    /// Which database this is.
    var kind: DatabaseKind { get }

    /// Runs `body` with a session that no other caller uses until `body` returns.
    ///
    /// - Parameter body: The work; the database passed to it must not be kept.
    /// - Returns: What `body` returned.
    /// - Throws: ``StoreError`` `.closed` after ``shutdown()``, or what `body` threw.
    func withSession<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T

    /// Closes every connection; later calls to ``withSession(_:)`` throw.
    ///
    /// - Throws: The driver's error while closing.
    func shutdown() async throws
}

/// The session the current task holds, so that repository calls made inside a transaction (or inside
/// another call) reuse it instead of waiting for a second one.
struct ActiveSession: Sendable {
    /// Which source the session came from.
    let source: ObjectIdentifier
    /// The session.
    let database: any SQLDatabase
    /// How many transactions are open on it: 0 outside any, 1 inside one, more inside savepoints.
    let transactionDepth: Int
    /// False once the transaction (or call) that opened this session has ended.
    let isOpen = LockedValue(true)
    /// Secondary indexes a bulk upsert dropped in this transaction, rebuilt just before it commits
    /// (see ``SQLiteRowWriter/deferSecondaryIndexes(of:)``).
    let deferredIndexes = LockedValue<[DeferredIndex]>([])

    /// The session held by the current task, if any.
    @TaskLocal static var current: ActiveSession?
}
