import Foundation

/// What an import did: rows read, imported and rejected, the first errors, and whether the caller may
/// commit.
///
/// The contract with the caller (who wraps the sink in a database transaction):
/// - without `skipInvalid`, the importer stops calling the sink at the first error but reads on to list
///   the errors (``errors`` keeps the first ``ImportOptions/maxReportedErrors``, ``errorCount`` counts all);
///   batches sent before the first error were valid but the file as a whole is not, so when
///   ``mustRollBack`` is true the caller rolls back everything the sink received;
/// - with `skipInvalid`, only valid rows reach the sink, invalid ones are in ``rejectedFile``, and the
///   caller commits unless a file-level problem (no header, missing columns) stopped the import, in
///   which case ``mustRollBack`` is true too (nothing was sent).
public struct ImportResult: Sendable {
    /// The imported file's name.
    public var file: String
    /// What the file held.
    public var entity: ImportEntity
    /// Data rows (records, or calendar events) read, valid or not.
    public var rowsRead: Int
    /// Values handed to the sink.
    public var imported: Int
    /// Rows written to the rejected file (`skipInvalid` only).
    public var rejected: Int
    /// Rows deliberately not imported: all-day calendar events, report footer lines.
    public var skipped: Int
    /// The first errors, in file order.
    public var errors: [ImportError]
    /// All errors found, including those not kept in ``errors``.
    public var errorCount: Int
    /// Things that were accepted but deserve a look (values kept as categories, recurring events).
    public var warnings: [String]
    /// `FILE.rejected.csv`, when rows were rejected.
    public var rejectedFile: URL?
    /// Whether the problem was with the file as a whole (empty, missing columns, wrong delimiter).
    public var isFileLevelFailure: Bool
    /// Whether `skipInvalid` was on.
    public var skippedInvalid: Bool

    /// Whether any error was found.
    public var hasErrors: Bool { errorCount > 0 }

    /// Whether the caller must roll back what the sink received (see the type's contract).
    public var mustRollBack: Bool { isFileLevelFailure || (hasErrors && !skippedInvalid) }

    /// The report users read: counts, then the first errors one per line, then
    /// `... and N more errors` when some were left out.
    public var report: String {
        var lines: [String] = []
        var summary = "\(file): \(rowsRead) rows read, \(imported) \(entity.rawValue) imported"
        if skippedInvalid { summary += ", \(rejected) rejected" }
        if skipped > 0 { summary += ", \(skipped) skipped" }
        lines.append(summary)
        lines += errors.map(\.description)
        if errorCount > errors.count { lines.append("... and \(errorCount - errors.count) more errors") }
        lines += warnings.map { "warning: " + $0 }
        if let rejectedFile { lines.append("rejected rows written to \(rejectedFile.path)") }
        return lines.joined(separator: "\n")
    }
}
