import Foundation
import Logging
import PostgresKit
import SQLKit

/// A pool of PostgreSQL connections; each session leases one for its duration.
///
/// `@unchecked Sendable`: async-kit's pool guards its state with its own locks but predates `Sendable`.
final class PostgresSessionSource: SessionSource, @unchecked Sendable {
    let kind = DatabaseKind.postgres
    private let pool: EventLoopGroupConnectionPool<PostgresConnectionSource>
    private let logger: Logger
    private let isClosed = LockedValue(false)
    /// The loops the pool runs its connections on: the group ``open(url:maxConnectionsPerEventLoop:logger:)``
    /// makes it with.
    private let eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton

    private init(pool: EventLoopGroupConnectionPool<PostgresConnectionSource>, logger: Logger) {
        self.pool = pool
        self.logger = logger
    }

    /// Makes the pool and checks that the server answers.
    ///
    /// - Parameters:
    ///   - url: A `postgres://` URL.
    ///   - maxConnectionsPerEventLoop: Pool size per event loop (the shared group has one loop per core).
    ///   - logger: Where the driver logs.
    /// - Returns: The source.
    /// - Throws: ``StoreError`` `.invalidURL` or `.connectionFailed`.
    static func open(url: String, maxConnectionsPerEventLoop: Int = 4, logger: Logger) async throws
        -> PostgresSessionSource
    {
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw StoreError(.invalidURL, "cannot use PostgreSQL URL \(DatabaseURL.redacting(url)): \(error)")
        }
        let pool = EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration),
            maxConnectionsPerEventLoop: maxConnectionsPerEventLoop,
            logger: logger,
            on: MultiThreadedEventLoopGroup.singleton)
        let source = PostgresSessionSource(pool: pool, logger: logger)
        do {
            try await source.withSession { db in try await db.execute(sql: SQLRaw("SELECT 1")) { _ in } }
        } catch {
            try? await source.shutdown()
            throw StoreError(.connectionFailed, "cannot connect to \(DatabaseURL.redacting(url)): \(String(reflecting: error))")
        }
        return source
    }

    func withSession<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        guard !isClosed.withLock({ $0 }) else {
            throw StoreError(.closed, "the PostgreSQL repository was shut down")
        }
        let connection = try await pool.requestConnection(logger: logger).get()
        do {
            let result = try await body(connection.sql(queryLogLevel: .debug))
            pool.releaseConnection(connection, logger: logger)
            return result
        } catch {
            pool.releaseConnection(connection, logger: logger)
            throw error
        }
    }

    /// Runs a prepared read on a pooled connection, from lease to release on the connection's event loop.
    ///
    /// A connection held by a task on the shared concurrency pool stays leased while the task waits for a
    /// thread to resume it after each step (lease, rows, end of rows); on a busy machine that was most of the
    /// time a signed-in request held one, and requests queued for connections (bench/server). Here every step
    /// resumes on the event loop that serves the connection, and only the rows go back to the caller.
    ///
    /// - Parameter statement: The statement; PostgresNIO prepares it on each connection the first time.
    /// - Returns: The rows.
    /// - Throws: ``StoreError`` `.closed` after ``shutdown()``, or the driver's error.
    func preparedRows<Statement: PostgresPreparedStatement>(_ statement: Statement) async throws -> [PostgresRow]
    where Statement.Row == PostgresRow {
        guard !isClosed.withLock({ $0 }) else {
            throw StoreError(.closed, "the PostgreSQL repository was shut down")
        }
        return try await EventLoopLease(source: self, eventLoop: eventLoopGroup.any()).rows(statement)
    }

    /// Leases a connection served by `eventLoop`.
    fileprivate func lease(on eventLoop: any EventLoop) async throws -> PostgresConnection {
        try await pool.requestConnection(logger: logger, on: eventLoop).get()
    }

    /// Returns a leased connection.
    fileprivate func release(_ connection: PostgresConnection) {
        pool.releaseConnection(connection, logger: logger)
    }

    func shutdown() async throws {
        let wasClosed = isClosed.withLock { closed in
            defer { closed = true }
            return closed
        }
        if !wasClosed { try await pool.shutdownAsync() }
    }

    deinit {
        // A forgotten shutdown must not trip async-kit's "not shut down" assertion at exit.
        if !isClosed.withLock({ $0 }) { pool.shutdownGracefully { _ in } }
    }
}

/// One leased connection's work, isolated to the event loop that serves it (an actor whose executor is that
/// loop), so that awaiting the connection and its rows resumes there without a thread switch.
private actor EventLoopLease {
    let source: PostgresSessionSource
    let eventLoop: any EventLoop

    init(source: PostgresSessionSource, eventLoop: any EventLoop) {
        self.source = source
        self.eventLoop = eventLoop
    }

    nonisolated var unownedExecutor: UnownedSerialExecutor { eventLoop.executor.asUnownedSerialExecutor() }

    /// Leases a connection on ``eventLoop``, runs the statement, collects its rows and releases the connection.
    func rows<Statement: PostgresPreparedStatement>(_ statement: Statement) async throws -> [PostgresRow]
    where Statement.Row == PostgresRow {
        let connection = try await source.lease(on: eventLoop)
        defer { source.release(connection) }
        var rows: [PostgresRow] = []
        for try await row in try await connection.execute(statement, logger: connection.logger) {
            rows.append(row)
        }
        return rows
    }
}
