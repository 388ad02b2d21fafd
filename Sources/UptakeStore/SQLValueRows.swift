import SQLKit

/// `VALUES (...), (...)` for a plain multi-row `INSERT`: rows of `width` values taken from one flat array.
///
/// Like ``RowValuesList`` without the content hash, for append-only tables.
struct SQLValueRows: SQLExpression {
    /// The values, row-major.
    let values: ArraySlice<SQLValue>
    /// Values per row.
    let width: Int

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write("VALUES ")
        for (index, value) in values.enumerated() {
            let column = index % width
            serializer.write(column == 0 ? (index == 0 ? "(" : ", (") : ", ")
            switch value {
            case .text(let text): serializer.write(bind: text)
            case .integer(let number): serializer.write(bind: number)
            case .real(let number): serializer.write(bind: number)
            case .null: serializer.write("NULL")
            }
            if column == width - 1 { serializer.write(")") }
        }
    }
}
