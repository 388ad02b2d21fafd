import ArgumentParser
import Foundation
import UptakeCore
import UptakeImport

/// `uptake events import FILE.csv`: appends ledger events, validated, all or nothing.
struct EventsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Append suggestion events from a CSV to the ledger (all or nothing).",
        discussion: """
            Columns (docs/evidence.md): event_id, suggestion_id, event (shown, accepted, dismissed, visited, \
            converted, retracted), time (ISO 8601; UTC when no zone), and optionally rep_id, lead_id, reason, \
            note, latitude, longitude, value, supersedes. Every row is checked first, and a file with any \
            bad row writes nothing; errors name the file, line, column and value. The ledger is append-only: \
            correct an event with a new row whose supersedes names it (a retracted row withdraws it).
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The CSV file.", completion: .file())
    var file: String

    @Option(name: .customLong("reasons"), help: ArgumentHelp(
        "Accepted dismissal reasons, comma-separated.",
        discussion: "Default: \(DismissalReasons.standard.codes.joined(separator: ",")); "
            + "a dismissal with reason \"other\" needs a note.",
        valueName: "codes"))
    var reasonList: String?

    func validate() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ValidationError("cannot read \(file): no such file, or not readable")
        }
        _ = try reasons()
    }

    /// The reasons from `--reasons`, or the standard list.
    func reasons() throws -> DismissalReasons {
        guard let reasonList else { return .standard }
        let codes = reasonList.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        do {
            return try DismissalReasons(codes: codes, codesRequiringNote: codes.contains("other") ? ["other"] : [])
        } catch let error as LedgerError {
            throw ValidationError("--reasons: \(error.message)")
        }
    }

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        let name = url.lastPathComponent
        let parsed = try LedgerCSVReader(fileName: name).read(try CSVRecordReader(url: url))
        let importer = LedgerImport(fileName: name, reasons: try reasons())
        let outcome = try await database.withRepository { repository in
            try await importer.run(rows: parsed.rows, parseErrors: parsed.errors, into: repository, now: Date())
        }
        print(Self.report(file: name, rowsRead: parsed.rowsRead, outcome: outcome))
        if !outcome.errors.isEmpty { throw ExitCode.failure }
    }

    /// The lines printed after an import: the count, or the first 50 errors and that nothing was written.
    static func report(file: String, rowsRead: Int, outcome: LedgerImport.Outcome) -> String {
        if outcome.errors.isEmpty { return "\(file): \(rowsRead) rows read, \(outcome.written) events appended" }
        var lines = ["\(file): \(rowsRead) rows read, \(outcome.errors.count) errors"]
        lines += outcome.errors.prefix(50).map(\.description)
        if outcome.errors.count > 50 { lines.append("... and \(outcome.errors.count - 50) more errors") }
        lines.append("Nothing was written: fix the errors above and import the file again.")
        return lines.joined(separator: "\n")
    }
}
