import SQLKit

/// `VALUES (?, ?, ...), (?, ?, ...)` for chosen rows of a flat value array, each row followed by its hash.
///
/// Written as one expression instead of sql-kit's nested `SQLBind` lists: a million-row import then makes
/// no per-value allocation (each value is bound straight from the flat array). Nulls are the literal `NULL`.
struct RowValuesList: SQLExpression {
    /// Every row's values, row-major.
    let values: [SQLValue]
    /// Values per row.
    let width: Int
    /// Each row's content hash.
    let hashes: [Int64]
    /// The rows to write, by index.
    let rows: ArraySlice<Int>

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write("VALUES ")
        var first = true
        for row in rows {
            serializer.write(first ? "(" : ", (")
            first = false
            for value in values[(row * width)..<(row * width + width)] {
                switch value {
                case .text(let text): serializer.write(bind: text)
                case .integer(let number): serializer.write(bind: number)
                case .real(let number): serializer.write(bind: number)
                case .null: serializer.write("NULL")
                }
                serializer.write(", ")
            }
            serializer.write(bind: hashes[row])
            serializer.write(")")
        }
    }
}
