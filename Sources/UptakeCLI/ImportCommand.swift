import ArgumentParser
import Foundation
import UptakeImport

/// `uptake import`: loads a CRM export or calendar into the database, validated, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import reps, leads, appointments, visits or conversions from CSV (or .ics).",
        discussion: """
            The file is checked row by row; a file with any invalid row writes nothing and the errors \
            are listed with file, line, column and value (the first 50, then a count). With \
            --skip-invalid the valid rows are written and the others go to FILE.rejected.csv with a \
            reason column. Rows are matched by external id, so importing the same file again changes \
            nothing. CSV may be separated by commas, semicolons or tabs (detected from the header), \
            UTF-8 with or without a byte order mark. Appointments can also come from an iCalendar \
            (.ics) export of Google Calendar or Outlook.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp(
        "What the file holds: \(ImportEntity.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "kind"
    ))
    var entity: ImportEntity

    @Argument(help: "The CSV file (or .ics calendar for appointments).", completion: .file())
    var file: String

    @Option(help: ArgumentHelp(
        "A column mapping: salesforce, hubspot-companies, hubspot-contacts, or a JSON/YAML file.",
        valueName: "mapping"
    ))
    var mapping: String?

    @Option(help: ArgumentHelp("The field separator: ',', ';' or tab (detected when omitted).", valueName: "char"))
    var delimiter: String?

    @Flag(help: "Write the valid rows and put invalid ones in FILE.rejected.csv instead of writing nothing.")
    var skipInvalid = false

    func validate() throws {
        if let delimiter, ImportOptions.delimiter(named: delimiter) == nil {
            throw ValidationError("--delimiter \"\(delimiter)\" is not one of ',', ';' or tab")
        }
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ValidationError("cannot read \(file): no such file, or not readable")
        }
    }

    func run() async throws {
        var options = ImportOptions(skipInvalid: skipInvalid)
        options.delimiter = delimiter.flatMap(ImportOptions.delimiter(named:))
        if let mapping { options.mapping = try ColumnMapping.load(mapping) }
        let runner = ImportRunner(entity: entity, options: options)
        let progress = ProgressReporter(title: "Importing \(URL(fileURLWithPath: file).lastPathComponent)")
        let outcome = try await database.withRepository { repository in
            try await runner.run(file: URL(fileURLWithPath: file), into: repository, progress: progress.update)
        }
        if outcome.committed { progress.succeed() } else { progress.fail() }
        print(outcome.report)
        if !outcome.committed { throw ExitCode.failure }
    }
}

extension ImportEntity: ExpressibleByArgument {}
