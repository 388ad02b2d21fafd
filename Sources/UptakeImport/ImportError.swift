/// A located problem in an imported file: which file, which line, which column, which value, and what
/// was expected.
///
/// Its ``description`` is the form users see, e.g.
/// `leads.csv:1042: column "Latitude": "91.5" is outside -90...90`.
/// Codes can grow without breaking callers (swift-nio style).
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case emptyFile, missingColumn, wrongDelimiter, fieldCount, invalidUTF8, unclosedQuote
            case fieldTooLong, tooManyFields, missingValue, invalidNumber, outOfRange, invalidDate
            case invalidValue, duplicateID, unknownReference, inconsistent, invalidMapping, invalidCalendar
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The file has no header row.
        public static let emptyFile = Code(.emptyFile)
        /// A required column is not in the header.
        public static let missingColumn = Code(.missingColumn)
        /// Required columns are missing and the header looks split on a different delimiter.
        public static let wrongDelimiter = Code(.wrongDelimiter)
        /// A record has a different number of fields than the header.
        public static let fieldCount = Code(.fieldCount)
        /// Bytes that are not UTF-8.
        public static let invalidUTF8 = Code(.invalidUTF8)
        /// A quoted field that never closes.
        public static let unclosedQuote = Code(.unclosedQuote)
        /// A field longer than the limit.
        public static let fieldTooLong = Code(.fieldTooLong)
        /// A record with more fields than the limit.
        public static let tooManyFields = Code(.tooManyFields)
        /// A required value is empty.
        public static let missingValue = Code(.missingValue)
        /// Text that is not a number.
        public static let invalidNumber = Code(.invalidNumber)
        /// A number outside its range.
        public static let outOfRange = Code(.outOfRange)
        /// Text that is not a date in the expected format.
        public static let invalidDate = Code(.invalidDate)
        /// Text that is not one of the accepted values (a tier, a time zone, opening hours).
        public static let invalidValue = Code(.invalidValue)
        /// The same external id twice in one file.
        public static let duplicateID = Code(.duplicateID)
        /// A rep or lead that does not exist.
        public static let unknownReference = Code(.unknownReference)
        /// Values that contradict each other (an end before its start).
        public static let inconsistent = Code(.inconsistent)
        /// A mapping file that cannot be read or names unknown fields.
        public static let invalidMapping = Code(.invalidMapping)
        /// An iCalendar file that is malformed.
        public static let invalidCalendar = Code(.invalidCalendar)

        public var description: String { base.rawValue }
    }

    /// The kind of problem.
    public var code: Code
    /// The file's name as shown to the user (its last path component).
    public var file: String
    /// The physical line (1-based) where the record starts, when the problem has a place in the file.
    public var line: Int?
    /// The column's name as the file spells it, when one column is at fault.
    public var column: String?
    /// The offending value as found (shortened to 80 characters), when there is one.
    public var value: String?
    /// What is wrong or was expected, e.g. `is outside -90...90`.
    public var problem: String

    /// Makes an error.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - file: The file's name.
    ///   - line: The physical line where the record starts.
    ///   - column: The column's name.
    ///   - value: The offending value; shortened for display.
    ///   - problem: What is wrong or was expected.
    public init(
        _ code: Code, file: String, line: Int? = nil, column: String? = nil, value: String? = nil,
        _ problem: String
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.value = value.map(Self.shortened)
        self.problem = problem
    }

    private static func shortened(_ value: String) -> String {
        value.count <= 80 ? value : String(value.prefix(77)) + "..."
    }

    /// `file:line: column "C": "value" problem`, leaving out the parts that do not apply.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let column { text += "column \"\(column)\": " }
        if let value { text += "\"\(value)\" " }
        return text + problem
    }
}
