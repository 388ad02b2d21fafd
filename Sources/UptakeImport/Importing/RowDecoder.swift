import UptakeCore


/// Decodes one entity's rows: built once per file from its header, then called for every row.
struct RowDecoder<Value> {
    /// The external id's field, checked for duplicates across the file.
    let id: FieldRef
    /// Decodes a row; nil when it recorded errors in the row.
    let decode: (inout ImportRow) -> RowDraft<Value>?
    /// Warnings once the file is done (attribute values that contradicted their kind).
    var warnings: () -> [String] = { [] }
}
