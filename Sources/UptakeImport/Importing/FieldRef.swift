/// Where one canonical field's value comes from in a file, resolved once from the header.
///
/// A class so that handing it to the row accessors a million times costs one reference count, not one
/// per string and array inside.
final class FieldRef: Sendable {
    /// The canonical field.
    let field: String
    /// How errors name the column: the file's column name, or the field with "(default)".
    let column: String
    /// The file's column indices joined with spaces; empty when the field only has a default.
    let indices: [Int]
    /// The mapping's default for an absent or empty value.
    let defaultValue: String?

    init(field: String, column: String, indices: [Int], defaultValue: String?) {
        self.field = field
        self.column = column
        self.indices = indices
        self.defaultValue = defaultValue
    }

    /// Whether the field has a column or a default.
    var isPresent: Bool { !indices.isEmpty || defaultValue != nil }
}
