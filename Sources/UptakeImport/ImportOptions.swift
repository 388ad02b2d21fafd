import Foundation
import UptakeCore

/// How an import reads its file and what it does with bad rows.
public struct ImportOptions: Sendable {
    /// The column mapping; nil means the file uses our canonical column names.
    public var mapping: ColumnMapping?
    /// The field delimiter (`,`, `;` or tab); nil detects it from the header line.
    public var delimiter: Character?
    /// Whether valid rows are imported and invalid ones written to `FILE.rejected.csv` (true), or any
    /// error means the caller must roll back (false, the default).
    public var skipInvalid: Bool
    /// Where zone-less times are read; overrides the mapping's `time_zone`. UTC when neither says.
    public var timeZone: TimeZone?
    /// Rows handed to the sink at a time (and references looked up at a time).
    public var batchSize: Int
    /// The longest field accepted, in bytes.
    public var maxFieldBytes: Int
    /// How many errors ``ImportResult/errors`` keeps; all are counted.
    public var maxReportedErrors: Int
    /// Rows read before deciding the kind of each extra (attribute) column.
    public var inferenceSampleRows: Int
    /// For calendars: the rep whose calendar it is, used when no ORGANIZER or ATTENDEE is a known rep.
    public var calendarOwner: RepID?

    /// The delimiter a `--delimiter` argument names: `,`, `;`, or tab as `tab`, `\t` or a tab character.
    ///
    /// - Parameter name: The argument.
    /// - Returns: The delimiter, or nil for anything else.
    public static func delimiter(named name: String) -> Character? {
        switch name {
        case ",": ","
        case ";": ";"
        case "tab", "\\t", "\t": "\t"
        default: nil
        }
    }

    /// Makes options; every parameter has the default a plain `uptake import` uses.
    ///
    /// - Parameters:
    ///   - mapping: The column mapping, or nil for canonical columns.
    ///   - delimiter: The delimiter, or nil to detect it.
    ///   - skipInvalid: Import valid rows and reject invalid ones instead of failing.
    ///   - timeZone: Zone for zone-less times.
    ///   - batchSize: Rows per sink call.
    ///   - maxFieldBytes: Field length limit (1 MiB).
    ///   - maxReportedErrors: Errors kept (50).
    ///   - inferenceSampleRows: Rows sampled for attribute kinds (1,000).
    ///   - calendarOwner: Fallback rep for calendar events.
    public init(
        mapping: ColumnMapping? = nil, delimiter: Character? = nil, skipInvalid: Bool = false,
        timeZone: TimeZone? = nil, batchSize: Int = 2_000, maxFieldBytes: Int = CSVRecordReader.defaultMaxFieldBytes,
        maxReportedErrors: Int = 50, inferenceSampleRows: Int = 1_000, calendarOwner: RepID? = nil
    ) {
        self.mapping = mapping
        self.delimiter = delimiter
        self.skipInvalid = skipInvalid
        self.timeZone = timeZone
        self.batchSize = max(1, batchSize)
        self.maxFieldBytes = maxFieldBytes
        self.maxReportedErrors = maxReportedErrors
        self.inferenceSampleRows = inferenceSampleRows
        self.calendarOwner = calendarOwner
    }
}
