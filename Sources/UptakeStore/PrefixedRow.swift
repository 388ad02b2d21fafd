import SQLKit

/// The columns of a row whose names start with a prefix, under their names without it.
///
/// A query that joins tables with clashing column names (`users.id`, `reps.id`) selects one table's columns
/// under aliases (`linked_rep_id`); reading them through this lets that table's own row reader
/// (`Rep(row:)`) work unchanged.
struct PrefixedRow: SQLRow {
    /// The joined row.
    let base: any SQLRow
    /// What the aliases start with.
    let prefix: String

    /// The columns selected with ``aliased(_:table:prefix:)``, with their names as the table has them.
    ///
    /// - Parameters:
    ///   - columns: The table's column names.
    ///   - table: The table.
    ///   - prefix: What each alias starts with.
    /// - Returns: `table.column AS prefixcolumn` for each column.
    static func aliased(_ columns: [String], table: String, prefix: String) -> [any SQLExpression] {
        columns.map { SQLAlias(SQLColumn($0, table: table), as: SQLIdentifier(prefix + $0)) }
    }

    var allColumns: [String] {
        base.allColumns.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    func contains(column: String) -> Bool {
        base.contains(column: prefix + column)
    }

    func decodeNil(column: String) throws -> Bool {
        try base.decodeNil(column: prefix + column)
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        try base.decode(column: prefix + column, as: D.self)
    }
}
