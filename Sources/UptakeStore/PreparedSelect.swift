import Logging
import PostgresKit
import SQLKit

/// Names one read whose SQL text is the same on every call (only its bound values vary), so that PostgreSQL
/// can run it as a named prepared statement (``PreparedSelect``).
protocol PreparedSelectKey {
    /// The statement's name on each connection (unique among keys).
    static var name: String { get }
}

/// A read run on PostgreSQL as a named prepared statement: parsed and planned once per connection, then only
/// bound and executed.
///
/// sql-kit runs every statement unnamed, so PostgreSQL parses and plans it on every call; for the joins behind
/// each signed-in page that planning cost more than executing them (bench/server). PostgresNIO prepares the
/// statement on a connection the first time it runs there, under ``PreparedSelectKey/name``.
///
/// The SQL text is what sql-kit serialised for the first call of the key; a later call whose text differs, or
/// whose values are of a type not handled here, runs unprepared instead (``SQLRepository/rows(of:preparedAs:on:)``).
struct PreparedSelect<Key: PreparedSelectKey>: PostgresPreparedStatement {
    typealias Row = PostgresRow

    /// The first call's SQL text of each key, by name.
    private static var texts: LockedValue<[String: String]> { preparedSelectTexts }

    static var name: String { "uptake_" + Key.name }
    static var sql: String { texts.withLock { $0[Key.name] } ?? "" }

    /// The values, in the order of the text's placeholders.
    let bindings: PostgresBindings

    /// The statement for one call, or nil when it must run unprepared.
    ///
    /// - Parameters:
    ///   - sql: The call's SQL text as sql-kit serialised it for PostgreSQL.
    ///   - binds: The call's bound values, in placeholder order.
    init?(sql: String, binds: [any Encodable & Sendable]) {
        let known = Self.texts.withLock { texts in
            if let text = texts[Key.name] { return text }
            texts[Key.name] = sql
            return sql
        }
        guard known == sql else { return nil }
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            // The types the store binds in these reads, encoded as postgres-kit encodes them.
            switch bind {
            case let value as String: bindings.append(value)
            case let value as Int64: bindings.append(value)
            case let value as Int: bindings.append(Int64(value))
            case let value as Double: bindings.append(value)
            default: return nil
            }
        }
        self.bindings = bindings
    }

    func makeBindings() throws -> PostgresBindings { bindings }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

/// ``PreparedSelect``'s texts (a generic type cannot have a stored static property).
private let preparedSelectTexts = LockedValue<[String: String]>([:])

extension SQLRepository {
    /// The rows of a select; on PostgreSQL, run as the prepared statement `key` names.
    ///
    /// - Parameters:
    ///   - select: The query; its SQL text must not depend on the values bound.
    ///   - key: The statement's name.
    ///   - database: The session's database.
    /// - Returns: The rows.
    /// - Throws: The database's error.
    func rows<Key: PreparedSelectKey>(
        of select: SQLSelectBuilder, preparedAs key: Key.Type, on database: any SQLDatabase
    ) async throws -> [any SQLRow] {
        guard let session = database as? PostgresSessionDatabase else { return try await select.all() }
        let (sql, binds) = session.serialize(select.query)
        guard let statement = PreparedSelect<Key>(sql: sql, binds: binds) else { return try await select.all() }
        if let level = session.queryLogLevel {
            session.logger.log(level: level, "Executing prepared query", metadata: ["sql": .string(sql)])
        }
        var rows: [any SQLRow] = []
        for try await row in try await session.connection.execute(statement, logger: session.logger) {
            rows.append(row.sql())
        }
        return rows
    }
}
