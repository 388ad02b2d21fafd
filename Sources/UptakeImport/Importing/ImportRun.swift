import Foundation
import UptakeCore

/// The state of one CSV import: batches waiting for reference checks, errors, duplicates, rejected rows.
final class ImportRun<Value> {
    private let file: String
    private let options: ImportOptions
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
    /// One-field lines after the data (Salesforce's "Grand Totals", "Copyright" footer): skipped at the
    /// end of the file, errors if data follows them.
    private var footer: [CSVRecord] = []
    /// 64-bit hash of each external id -> the line it was first seen on. Bounded memory for millions of
    /// rows; two different ids colliding (probability about n^2 / 2^65, 3e-8 for a million) would be
    /// reported as a duplicate.
    private var seenIDs: [Int: Int] = [:]
    private(set) var result: ImportResult

    init(
        file: String, entity: ImportEntity, options: ImportOptions, references: ImportReferences,
        settings: ValueSettings, header: HeaderMap, decoder: RowDecoder<Value>, reader: CSVRecordReader,
        rejected: RejectedRowsWriter?, progress: (@Sendable (ImportProgress) -> Void)?,
        sink: @escaping ([Value]) async throws -> Void
    ) {
        self.file = file
        self.options = options
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
        seenIDs.reserveCapacity(min(max(rows, 0), 20_000_000))
    }

    /// Decodes one data record; sends a batch when one is full.
    nonisolated(nonsending) func accept(_ record: CSVRecord) async throws {
        if record.issue == nil, record.fields.count == 1, header.names.count > 1 {
            footer.append(record)
            if footer.count <= 20 { return }
        }
        if !footer.isEmpty {
            let lines = footer
            footer = []
            for line in lines { try check(line) }
        }
        if record.fields.count != 1 || header.names.count == 1 || record.issue != nil { try check(record) }
        if pending.count >= options.batchSize { try await flush() }
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
            var hasher = Hasher()
            hasher.combine(id)
            let hash = hasher.finalize()
            if let first = seenIDs[hash] {
                row.fail(.duplicateID, idRef, value: id, "is a duplicate of the id on line \(first)")
            } else {
                seenIDs[hash] = record.line
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
        let room = options.maxReportedErrors - result.errors.count
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
        if !values.isEmpty, options.skipInvalid || result.errorCount == 0 {
            try await sink(values)
            result.imported += values.count
        }
        progress?(ImportProgress(bytesRead: reader.bytesRead, totalBytes: reader.totalBytes, rowsRead: result.rowsRead))
    }

    /// Sends the last batch, moves the rejected file into place, and returns the result.
    nonisolated(nonsending) func finish() async throws -> ImportResult {
        result.skipped += footer.count
        footer = []
        try await flush()
        result.warnings += decoder.warnings()
        result.rejectedFile = try rejected?.finish()
        result.errors.sort { ($0.line ?? 0) < ($1.line ?? 0) }
        progress?(ImportProgress(bytesRead: reader.bytesRead, totalBytes: reader.totalBytes, rowsRead: result.rowsRead))
        return result
    }
}
