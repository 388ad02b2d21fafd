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
/// The SQL text is what sql-kit serialised for the key's first call; later calls neither build nor serialise
/// the query (sql-kit's serialiser was an eighth of My day's CPU time), they bind the values the caller lists.
/// The first call checks that those are the values sql-kit bound, in the same order.
struct PreparedSelect<Key: PreparedSelectKey>: PostgresPreparedStatement {
    typealias Row = PostgresRow

    static var name: String { "uptake_" + Key.name }
    static var sql: String {
        if case .prepared(let sql) = preparedSelectTexts.withLock({ $0[Key.name] }) { return sql }
        return ""
    }

    /// The values, in the order of the text's placeholders.
    let bindings: PostgresBindings

    func makeBindings() throws -> PostgresBindings { bindings }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }

    /// The values as PostgreSQL binds them, or nil for a type not handled here (the read then runs unprepared).
    ///
    /// - Parameter binds: Values of the types the store binds: text, integers, reals.
    /// - Returns: The bindings, encoded as postgres-kit encodes them.
    static func bindings(_ binds: [any Encodable & Sendable]) -> PostgresBindings? {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            switch bind {
            case let value as String: bindings.append(value)
            case let value as Int64: bindings.append(value)
            case let value as Int: bindings.append(Int64(value))
            case let value as Double: bindings.append(value)
            default: return nil
            }
        }
        return bindings
    }
}

/// What the first call of each ``PreparedSelectKey`` found, by name.
enum PreparedSelectText: Sendable {
    /// Its SQL text: later calls run prepared.
    case prepared(sql: String)
    /// The listed values were not those sql-kit bound: every call runs unprepared.
    case unpreparable
}

/// ``PreparedSelect``'s texts (a generic type cannot have a stored static property).
private let preparedSelectTexts = LockedValue<[String: PreparedSelectText]>([:])

extension SQLRepository {
    /// The rows of a select; on PostgreSQL, run as the prepared statement `key` names.
    ///
    /// - Parameters:
    ///   - key: The statement's name.
    ///   - binds: The values `build` binds, in the order they appear in its SQL text.
    ///   - database: The session's database.
    ///   - build: Makes the query; its SQL text must not depend on the values bound.
    /// - Returns: The rows.
    /// - Throws: The database's error.
    func rows<Key: PreparedSelectKey>(
        preparedAs key: Key.Type, binding binds: [any Encodable & Sendable], on database: any SQLDatabase,
        _ build: () -> SQLSelectBuilder
    ) async throws -> [any SQLRow] {
        guard let session = database as? PostgresSessionDatabase,
              let bindings = PreparedSelect<Key>.bindings(binds)
        else { return try await build().all() }
        switch preparedSelectTexts.withLock({ $0[Key.name] }) {
        case .prepared: break
        case .unpreparable: return try await build().all()
        case nil:
            let select = build()
            let (sql, serialized) = session.serialize(select.query)
            guard PreparedSelect<Key>.bindings(serialized) == bindings else {
                assertionFailure("\(Key.name): the values listed are not those the query binds")
                preparedSelectTexts.withLock { $0[Key.name] = .unpreparable }
                return try await select.all()
            }
            preparedSelectTexts.withLock { $0[Key.name] = .prepared(sql: sql) }
        }
        if let level = session.queryLogLevel {
            session.logger.log(level: level, "Executing prepared query", metadata: ["statement": .string(Key.name)])
        }
        var rows: [any SQLRow] = []
        for try await row in try await session.connection.execute(PreparedSelect<Key>(bindings: bindings),
                                                                  logger: session.logger) {
            rows.append(row.sql())
        }
        return rows
    }
}
