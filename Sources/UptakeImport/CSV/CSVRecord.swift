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

/// A problem with a record's bytes, found by ``CSVRecordReader``.
public enum CSVIssue: Sendable, Hashable {
    /// A field is not valid UTF-8; `byteOffset` is the offset in the file of the first bad byte.
    case invalidUTF8(field: Int, byteOffset: Int)
    /// A field is longer than the reader's limit; `quoteLine` is where its opening quote was, if quoted.
    case fieldTooLong(field: Int, limit: Int, quoteLine: Int?)
    /// A quoted field opened on `quoteLine` and the file ended before its closing quote.
    case unclosedQuote(field: Int, quoteLine: Int)
    /// The record has more fields than the reader's limit.
    case tooManyFields(limit: Int)
}
