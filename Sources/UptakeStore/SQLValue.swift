/// One column value on its way into a statement: the few types the schema uses.
///
/// Rows are kept flat in one `[SQLValue]` per batch (row-major), so a batch of thousands of records makes
/// one array rather than one per row.
enum SQLValue: Sendable, Equatable {
    case text(String)
    case integer(Int64)
    case real(Double)
    case null

    /// Wraps an optional text.
    static func text(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
    /// Wraps an optional number.
    static func real(_ value: Double?) -> SQLValue { value.map(SQLValue.real) ?? .null }
}
