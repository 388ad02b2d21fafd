import Foundation
import UptakeCore

/// Turns CRM exports into validated domain values, a batch at a time, for a caller-supplied sink.
///
/// The file is streamed (see ``CSVRecordReader``); each row is checked (types, ranges, dates, duplicate
/// ids, references to reps and leads) and every problem is reported at its line and column. Storage is
/// the caller's: it passes an async `sink` for each batch and wraps the whole import in a transaction,
/// rolling back when ``ImportResult/mustRollBack`` says so (the contract is on ``ImportResult``).
/// The sink writes one batch while the next is read: each call runs in a task of its own (which inherits the
/// caller's task-local values, such as an open transaction), one call at a time, in order, and the last one
/// has finished (or its error is thrown) before the import returns or throws. That task is not on the caller's
/// actor: a sink must not rely on the caller's actor isolation (hand actor state over with `await`).
///
/// ```swift
/// let importer = CSVImporter(
///     options: ImportOptions(mapping: try ColumnMapping.load("salesforce")),
///     references: references,                     // lookups answered by the database
///     progress: { bar.update($0.fraction ?? 0) })
/// let result = try await importer.importLeads(from: URL(filePath: "accounts.csv")) { leads in
///     try await repository.insert(leads)
/// }
/// print(result.report)
/// if result.mustRollBack { try await transaction.rollback() }
/// ```
public struct CSVImporter: Sendable {
    /// How files are read and bad rows handled.
    public var options: ImportOptions
    /// The lookups that check rep and lead references.
    public var references: ImportReferences
    /// Called after each batch with the bytes read so far.
    public var progress: (@Sendable (ImportProgress) -> Void)?

    /// Makes an importer.
    ///
    /// - Parameters:
    ///   - options: Mapping, delimiter, `skipInvalid` and limits.
    ///   - references: Rep and lead lookups.
    ///   - progress: Progress callback, called after each batch.
    public init(
        options: ImportOptions = ImportOptions(), references: ImportReferences,
        progress: (@Sendable (ImportProgress) -> Void)? = nil
    ) {
        self.options = options
        self.references = references
        self.progress = progress
    }

    /// Imports a file of any entity, dispatching on `entity`; appointments from a `.ics` file are read
    /// as iCalendar. The sink receives `[Lead]`, `[Rep]`, `[Appointment]`, `[Visit]` or `[Conversion]`.
    ///
    /// - Parameters:
    ///   - entity: What the file holds.
    ///   - url: The file.
    ///   - sink: Receives each batch of valid values.
    /// - Returns: The result; see ``ImportResult`` for when to roll back.
    /// - Throws: File system errors, and whatever the sink or the lookups throw.
    nonisolated(nonsending) public func importFile(
        _ entity: ImportEntity, from url: URL, into sink: @escaping (ImportBatch) async throws -> Void
    ) async throws -> ImportResult {
        switch entity {
        case .leads: try await importLeads(from: url) { try await sink(.leads($0)) }
        case .reps: try await importReps(from: url) { try await sink(.reps($0)) }
        case .appointments: try await importAppointments(from: url) { try await sink(.appointments($0)) }
        case .visits: try await importVisits(from: url) { try await sink(.visits($0)) }
        case .conversions: try await importConversions(from: url) { try await sink(.conversions($0)) }
        }
    }

    /// Reads the header, resolves the mapping, samples rows for attribute kinds, then streams the rest.
    nonisolated(nonsending) func run<Value>(
        _ entity: ImportEntity, url: URL,
        decoder makeDecoder: (HeaderMap, ValueSettings, [CSVRecord]) -> RowDecoder<Value>,
        sink: @escaping ([Value]) async throws -> Void
    ) async throws -> ImportResult {
        let file = url.lastPathComponent
        func failure(_ errors: [ImportError]) -> ImportResult {
            ImportResult(
                file: file, entity: entity, rowsRead: 0, imported: 0, rejected: 0, skipped: 0,
                errors: Array(errors.prefix(options.maxReportedErrors)), errorCount: errors.count, warnings: [],
                rejectedFile: nil, isFileLevelFailure: true, skippedInvalid: options.skipInvalid)
        }
        if let mapping = options.mapping {
            do { try mapping.validate(for: entity, file: "mapping") } catch let error as ImportError {
                return failure([error])
            }
        }
        let reader = try CSVRecordReader(
            url: url, delimiter: options.delimiter?.asciiValue, maxFieldBytes: options.maxFieldBytes)
        guard let headerRecord = try reader.next() else {
            return failure([ImportError(
                .emptyFile, file: file,
                "the file is empty; expected a header row (" + entity.requiredFields.joined(separator: ", ") + ", ...)")])
        }
        if let issue = headerRecord.issue {
            let problem = switch issue {
            case .invalidUTF8(_, let offset): "the header is not valid UTF-8 (first bad byte at byte offset \(offset))"
            case .unclosedQuote(_, let line): "the header's quote opened on line \(line) never closes"
            case .fieldTooLong(_, let limit, _): "a header field is longer than \(limit) bytes"
            case .tooManyFields(let limit): "the header has more than \(limit) fields"
            }
            return failure([ImportError(.invalidValue, file: file, line: headerRecord.line, problem)])
        }
        let header: HeaderMap
        switch HeaderMap.resolve(
            header: headerRecord.fields, entity: entity, mapping: options.mapping, delimiter: reader.delimiter,
            file: file)
        {
        case .success(let map): header = map
        case .failure(let problems): return failure(problems.errors)
        }
        let settings = ValueSettings(mapping: options.mapping, timeZone: options.timeZone)
        var sample: [CSVRecord] = []
        if entity.keepsExtraColumnsAsAttributes, !header.extraColumns.isEmpty {
            while sample.count < options.inferenceSampleRows, let record = try reader.next() { sample.append(record) }
        }
        let decoder = makeDecoder(header, settings, sample)
        let rejected = options.skipInvalid
            ? RejectedRowsWriter(source: url, header: headerRecord.fields, delimiter: reader.delimiter) : nil
        let run = ImportRun(
            file: file, entity: entity, options: options, references: references, settings: settings,
            header: header, decoder: decoder, reader: reader, rejected: rejected, progress: progress, sink: sink)
        if let total = reader.totalBytes, !sample.isEmpty {
            run.expect(rows: Int(Double(total) / Double(reader.bytesRead) * Double(sample.count) * 1.05))
        }
        do {
            for record in sample { try await run.accept(record) }
            sample = []
            while let record = try reader.next() { try await run.accept(record) }
            return try await run.finish()
        } catch {
            // A batch's write that failed while the next batch was being read happened first: report it.
            if let writeError = await run.abandon() { throw writeError }
            throw error
        }
    }
}
