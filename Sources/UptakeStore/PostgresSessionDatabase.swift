import Logging
import NIOCore
import PostgresKit
import SQLKit

/// The database a PostgreSQL session hands to the repository: postgres-kit's SQL database over one pooled
/// connection, which it forwards to, plus the connection itself for ``PreparedSelect`` reads.
struct PostgresSessionDatabase: SQLDatabase {
    /// The leased connection.
    let connection: PostgresConnection
    /// postgres-kit's SQL database on it (queries logged at `.debug`).
    let base: any SQLDatabase

    /// Wraps a leased connection.
    ///
    /// - Parameter connection: The connection; it must not be used after its lease ends.
    init(connection: PostgresConnection) {
        self.connection = connection
        self.base = connection.sql(queryLogLevel: .debug)
    }

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var dialect: any SQLDialect { base.dialect }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(
        sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void
    ) -> EventLoopFuture<Void> {
        base.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await base.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }
}
