/// One record of a CSV file as the reader found it: its fields and where it starts.
///
/// A record that is malformed (invalid UTF-8, an over-long field, a quote that never closes) still comes
/// back, with ``issue`` set and its fields decoded leniently, so that the importer can report it at its
/// line and write it to the rejected file.
public struct CSVRecord: Sendable {
    /// The physical line (1-based) where the record starts; quoted newlines make it differ from the
    /// record's index.
    public var line: Int
    /// The byte offset in the file where the record starts.
    public var byteOffset: Int
    /// The fields, decoded as UTF-8.
    public var fields: [String]
    /// What was wrong with the record's bytes, if anything.
    public var issue: CSVIssue?
    /// Whether one or more blank lines came right before the record (report footers follow one).
    public var followsBlankLine = false
}
