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
