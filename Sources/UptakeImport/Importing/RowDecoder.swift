import UptakeCore

/// A reference from a row to a rep or lead, checked per batch against the caller's lookups.
struct RowReference {
    /// The column it came from, for the error.
    let ref: FieldRef
    /// The id, email or name as written.
    let key: String
}

/// A row that decoded cleanly, waiting for its references to be checked before it becomes a value.
struct RowDraft<Value> {
    let line: Int
    let fields: [String]
    var reps: [RowReference] = []
    var leads: [RowReference] = []
    /// Builds the value once the rep keys are resolved (key -> rep id).
    let make: ([String: RepID]) throws -> Value
}

/// Decodes one entity's rows: built once per file from its header, then called for every row.
struct RowDecoder<Value> {
    /// The external id's field, checked for duplicates across the file.
    let id: FieldRef
    /// Decodes a row; nil when it recorded errors in the row.
    let decode: (inout ImportRow) -> RowDraft<Value>?
    /// Warnings once the file is done (attribute values that contradicted their kind).
    var warnings: () -> [String] = { [] }
}
