import Foundation
import UptakeCore

/// The state of one CSV import: batches waiting for reference checks, errors, duplicates, rejected rows.
final class ImportRun<Value> {
    private let file: String
    private let options: ImportOptions
    // Read per row; copied out of `options` so that reading them does not copy the whole struct.
    private let batchSize: Int
    private let skipInvalid: Bool
    private let maxReportedErrors: Int
    private let references: ImportReferences
    private let settings: ValueSettings
    private let header: HeaderMap
    private let decoder: RowDecoder<Value>
    private let decode: (inout ImportRow) -> RowDraft<Value>?
    private let idRef: FieldRef
    private let sink: ([Value]) async throws -> Void
    private let rejected: RejectedRowsWriter?
    private let progress: (@Sendable (ImportProgress) -> Void)?
    private let reader: CSVRecordReader

    private var pending: [RowDraft<Value>] = []
    /// The sink call still writing the previous batch, if any (see ``flush()``).
    private var writing: Task<Void, any Error>?
    /// One-field lines after a blank line (Salesforce's "Grand Totals", "Copyright" footer): skipped at
    /// the end of the file, errors if data follows them.
    private var footer: [CSVRecord] = []
    /// Each external id's line, by 64-bit hash (bounded memory; see ``IDLineTable``).
    private var seenIDs = IDLineTable()
    private(set) var result: ImportResult

    init(
        file: String, entity: ImportEntity, options: ImportOptions, references: ImportReferences,
        settings: ValueSettings, header: HeaderMap, decoder: RowDecoder<Value>, reader: CSVRecordReader,
        rejected: RejectedRowsWriter?, progress: (@Sendable (ImportProgress) -> Void)?,
        sink: @escaping ([Value]) async throws -> Void
    ) {
        self.file = file
        self.options = options
        batchSize = options.batchSize
        skipInvalid = options.skipInvalid
        maxReportedErrors = options.maxReportedErrors
        self.references = references
        self.settings = settings
        self.header = header
        self.decoder = decoder
        decode = decoder.decode
        idRef = decoder.id
        self.reader = reader
        self.rejected = rejected
        self.progress = progress
        self.sink = sink
        result = ImportResult(
            file: file, entity: entity, rowsRead: 0, imported: 0, rejected: 0, skipped: 0, errors: [],
            errorCount: 0, warnings: [], rejectedFile: nil, isFileLevelFailure: false,
            skippedInvalid: options.skipInvalid)
    }

    /// Sizes the duplicate-id table for the rows expected, to save rehashing a million ids.
    func expect(rows: Int) {
        seenIDs = IDLineTable(expected: min(max(rows, 0), 20_000_000))
    }

    /// Decodes one data record; sends a batch when one is full.
    nonisolated(nonsending) func accept(_ record: CSVRecord) async throws {
        let footerLike = record.issue == nil && record.fields.count == 1 && header.names.count > 1
            && (record.followsBlankLine || !footer.isEmpty)
        if footerLike && footer.count < 20 {
            footer.append(record)
            return
        }
        // Data after footer-like lines: they were short rows after all.
        for line in footer { try check(line) }
        footer = []
        try check(record)
        if pending.count >= batchSize { try await flush() }
    }

    private func check(_ record: CSVRecord) throws {
        result.rowsRead += 1
        if let issue = record.issue {
            try reject(record.fields, [error(for: issue, line: record.line)])
            return
        }
        guard record.fields.count == header.names.count else {
            try reject(record.fields, [ImportError(
                .fieldCount, file: file, line: record.line,
                "has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"); the header has "
                    + "\(header.names.count)")])
            return
        }
        var row = ImportRow(file: file, record: record, settings: settings)
        let draft = decode(&row)
        if let id = row.text(idRef) {
            if let first = seenIDs.insert(id, line: record.line) {
                row.fail(.duplicateID, idRef, value: id, "is a duplicate of the id on line \(first)")
            }
        }
        if let draft, row.errors.isEmpty {
            pending.append(draft)
        } else {
            try reject(record.fields, row.errors)
        }
    }

    private func error(for issue: CSVIssue, line: Int) -> ImportError {
        func column(_ index: Int) -> String {
            index < header.names.count ? header.names[index] : "field \(index + 1)"
        }
        switch issue {
        case .invalidUTF8(let field, let offset):
            return ImportError(
                .invalidUTF8, file: file, line: line, column: column(field),
                "is not valid UTF-8 (first bad byte at byte offset \(offset) of the file)")
        case .fieldTooLong(let field, let limit, let quoteLine):
            var problem = "is longer than the field limit of \(limit) bytes"
            if let quoteLine {
                problem += " (it is quoted from line \(quoteLine); is a closing quote missing?)"
            }
            return ImportError(.fieldTooLong, file: file, line: line, column: column(field), problem)
        case .unclosedQuote(let field, let quoteLine):
            return ImportError(
                .unclosedQuote, file: file, line: quoteLine, column: column(field),
                "unclosed quote: the quoted field opened on line \(quoteLine) runs to the end of the file")
        case .tooManyFields(let limit):
            return ImportError(.tooManyFields, file: file, line: line, "has more than \(limit) fields")
        }
    }

    /// Records a row's errors and, with `skipInvalid`, writes it to the rejected file.
    private func reject(_ fields: [String], _ errors: [ImportError]) throws {
        result.errorCount += errors.count
        let room = maxReportedErrors - result.errors.count
        if room > 0 { result.errors += errors.prefix(room) }
        if let rejected {
            try rejected.write(fields: fields, reason: errors.map(Self.reason).joined(separator: "; "))
            result.rejected = rejected.count
        }
    }

    /// An error without its `file:line: ` prefix, for the rejected file's `reason` column.
    private static func reason(_ error: ImportError) -> String {
        var located = error
        located.file = ""
        located.line = nil
        return String(located.description.dropFirst(2))
    }

    /// Checks the waiting rows' references, then hands the valid ones to the sink (unless an error
    /// already means the caller will roll back).
    nonisolated(nonsending) func flush() async throws {
        guard !pending.isEmpty else { return }
        let drafts = pending
        pending = []
        // The previous batch must be written before this one's references are looked up (they may read
        // what it wrote) and before the sink is called again (calls never overlap).
        try await settle()
        let repKeys = Set(drafts.flatMap { $0.reps.map(\.key) })
        let leadKeys = Set(drafts.flatMap { $0.leads.map { LeadID($0.key) } })
        let reps = repKeys.isEmpty ? [:] : try await references.resolveReps(repKeys, settings.repMatch)
        let leads = leadKeys.isEmpty ? [] : try await references.existingLeads(leadKeys)
        var values: [Value] = []
        values.reserveCapacity(drafts.count)
        for draft in drafts {
            var errors: [ImportError] = []
            for reference in draft.reps where reps[reference.key] == nil {
                let what = switch settings.repMatch {
                case .id: "is not a known rep"
                case .email: "is not the email of a known rep"
                case .name: "is not the name of a known rep"
                }
                errors.append(ImportError(
                    .unknownReference, file: file, line: draft.line, column: reference.ref.column,
                    value: reference.key, what))
            }
            for reference in draft.leads where !leads.contains(LeadID(reference.key)) {
                errors.append(ImportError(
                    .unknownReference, file: file, line: draft.line, column: reference.ref.column,
                    value: reference.key, "is not a known lead"))
            }
            if errors.isEmpty {
                do {
                    values.append(try draft.make(reps))
                } catch let error as DomainError {
                    errors.append(ImportError(.inconsistent, file: file, line: draft.line, error.message))
                }
            }
            if !errors.isEmpty { try reject(draft.fields, errors) }
        }
        if !values.isEmpty, skipInvalid || result.errorCount == 0 {
            // Not awaited here: the next batch's rows are read and decoded while this one is written, which
            // keeps both cores busy (a million-lead SQLite import spends about half its CPU in each).
            let call = SinkCall(sink: sink, values: values)
            writing = Task { try await call.run() }
            result.imported += values.count
        }
        progress?(ImportProgress(bytesRead: reader.bytesRead, totalBytes: reader.totalBytes, rowsRead: result.rowsRead))
    }

    /// Waits for the sink call in progress, if any, and rethrows its error.
    /// A cancelled import cancels the write too (the sink call runs in a task of its own, which does not
    /// inherit the caller's cancellation).
    nonisolated(nonsending) func settle() async throws {
        guard let task = writing else { return }
        writing = nil
        try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            task.cancel()
        }
    }

    /// Waits for the sink call in progress, if any, so that nothing still writes once the importer has
    /// returned: for when the import is failing anyway.
    ///
    /// - Returns: The write's error, if it failed: the first thing that went wrong, which the caller reports
    ///   in preference to a later read error.
    nonisolated(nonsending) func abandon() async -> (any Error)? {
        do {
            try await settle()
            return nil
        } catch {
            return error
        }
    }

    /// Sends the last batch, moves the rejected file into place, and returns the result.
    nonisolated(nonsending) func finish() async throws -> ImportResult {
        if let first = footer.first {
            result.warnings.append(
                "\(footer.count) one-field line\(footer.count == 1 ? "" : "s") after a blank line at the end "
                    + "(from line \(first.line), \"\(first.fields[0].prefix(40))\") skipped as a report footer")
        }
        result.skipped += footer.count
        footer = []
        try await flush()
        try await settle()
        result.warnings += decoder.warnings()
        result.rejectedFile = try rejected?.finish()
        result.errors.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        progress?(ImportProgress(bytesRead: reader.bytesRead, totalBytes: reader.totalBytes, rowsRead: result.rowsRead))
        return result
    }
}

/// One call of the caller's sink, handed to the task that runs it while the importer reads on.
///
/// The sink is the caller's closure and need not be `Sendable`; it is safe to call from that task because
/// ``ImportRun`` never starts a call before the previous one finished, and awaits the last one before the
/// import returns or throws, so the caller's state is never touched from two places at once.
private struct SinkCall<Value>: @unchecked Sendable {
    let sink: ([Value]) async throws -> Void
    let values: [Value]

    func run() async throws { try await sink(values) }
}
