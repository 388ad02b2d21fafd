/// A reference from a row to a rep or lead, checked per batch against the caller's lookups.
struct RowReference {
    /// The column it came from, for the error.
    let ref: FieldRef
    /// The id, email or name as written.
    let key: String
}
