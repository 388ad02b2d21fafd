import PostgresKit
import SQLKit

/// Names one read whose SQL text is the same on every call (only its bound values vary), so that PostgreSQL
/// can run it as a named prepared statement (``SQLRepository/preparedRows(_:binding:_:)``).
protocol PreparedSelectKey {
    /// The statement's name on each connection (unique among keys).
    static var name: String { get }
}

/// What the first call of each ``PreparedSelectKey`` found, by name.
enum PreparedSelectText: Sendable {
    /// Its SQL text in PostgreSQL's dialect: later calls run prepared.
    case prepared(sql: String)
    /// The listed values were not those sql-kit bound: every call runs unprepared.
    case unpreparable
}

/// The texts of the ``PreparedSelectKey``s seen so far (a generic type cannot have a stored static property).
private let preparedSelectTexts = LockedValue<[String: PreparedSelectText]>([:])

/// A read run on PostgreSQL as a named prepared statement: PostgresNIO prepares it on each connection the
/// first time it runs there, so PostgreSQL parses and plans it once per connection instead of on every call.
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
}

extension SQLRepository {
    /// The rows of a read; on PostgreSQL, run as a named prepared statement on its connection's event loop.
    ///
    /// sql-kit runs every statement unnamed, so PostgreSQL parses and plans it on every call; for the joins
    /// behind each signed-in page that planning cost more than executing them (bench/server). The first call
    /// of a key builds the query, serialises it and checks that `binds` are the values sql-kit bound, in the
    /// same order; it runs as any other statement and keeps the SQL text. Later calls neither build nor
    /// serialise (sql-kit's serialiser was an eighth of My day's CPU time): they bind `binds` to the statement
    /// (``PostgresSessionSource/preparedRows(_:)``). Inside a transaction, and on SQLite, the query runs on
    /// the session as usual.
    ///
    /// - Parameters:
    ///   - key: The statement's name.
    ///   - binds: The values `build` binds, in the order they appear in its SQL text.
    ///   - build: Makes the query; its SQL text must not depend on the values bound.
    /// - Returns: The rows.
    /// - Throws: The database's error.
    func preparedRows<Key: PreparedSelectKey>(
        _ key: Key.Type, binding binds: [any Encodable & Sendable], _ build: (any SQLDatabase) -> SQLSelectBuilder
    ) async throws -> [any SQLRow] {
        if let postgres = source as? PostgresSessionSource, pinned == nil,
           ActiveSession.current?.source != ObjectIdentifier(source),
           case .prepared = preparedSelectTexts.withLock({ $0[Key.name] }),
           let bindings = Self.postgresBindings(binds)
        {
            return try await postgres.preparedRows(PreparedSelect<Key>(bindings: bindings)).map { $0.sql() }
        }
        return try await withDatabase { database in
            let select = build(database)
            if source is PostgresSessionSource, preparedSelectTexts.withLock({ $0[Key.name] }) == nil {
                let (sql, serialized) = database.serialize(select.query)
                if let listed = Self.postgresBindings(binds), listed == Self.postgresBindings(serialized) {
                    preparedSelectTexts.withLock { $0[Key.name] = .prepared(sql: sql) }
                } else {
                    assertionFailure("\(Key.name): the values listed are not those the query binds")
                    preparedSelectTexts.withLock { $0[Key.name] = .unpreparable }
                }
            }
            return try await select.all()
        }
    }

    /// Values as PostgreSQL binds them (as postgres-kit encodes them), or nil for a type not handled here.
    private static func postgresBindings(_ binds: [any Encodable & Sendable]) -> PostgresBindings? {
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
