import SQLKit

/// A domain value kept in one table row, keyed by its external id in column `id`.
///
/// The generic upsert and queries in ``SQLRepository`` work through this, so each entity states only its
/// table, its columns and how its fields map to them.
protocol StoredRecord: Sendable {
    /// The table.
    static var table: String { get }
    /// The columns ``appendValues(to:)`` writes, `id` first; `content_hash` is added by the repository.
    static var columns: [String] { get }
    /// The external id (the `id` column).
    var key: String { get }
    /// Appends this record's values in ``columns`` order.
    ///
    /// - Parameter values: The batch's flat value array.
    func appendValues(to values: inout [SQLValue])
    /// Reads a record back from a row selected with ``columns``.
    ///
    /// - Parameter row: The row.
    /// - Throws: ``StoreError`` `.corruptRow` when a column is missing or holds an invalid value.
    init(row: RowReader) throws
}

/// Reads typed columns from a row, turning every failure into ``StoreError`` `.corruptRow` naming the column.
struct RowReader {
    /// The table the row comes from, for messages.
    let table: String
    /// The row.
    let row: any SQLRow

    /// A non-null column.
    func callAsFunction<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        do {
            return try row.decode(column: column, as: T.self)
        } catch {
            throw StoreError(.corruptRow, "\(table).\(column) does not read as \(T.self): \(error)")
        }
    }

    /// A nullable column.
    func optional<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T? {
        do {
            return try row.decodeNil(column: column) ? nil : try row.decode(column: column, as: T.self)
        } catch {
            throw StoreError(.corruptRow, "\(table).\(column) does not read as \(T.self)?: \(error)")
        }
    }

    /// Runs a domain initialiser, turning its validation error into a corrupt-row error.
    func make<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.corruptRow, "a stored \(table) row is not valid: \(error)")
        }
    }
}
