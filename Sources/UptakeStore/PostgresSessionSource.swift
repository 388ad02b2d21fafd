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
            let result = try await body(PostgresSessionDatabase(connection: connection))
            pool.releaseConnection(connection, logger: logger)
            return result
        } catch {
            pool.releaseConnection(connection, logger: logger)
            throw error
        }
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
