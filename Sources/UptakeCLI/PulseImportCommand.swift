import ArgumentParser
import Foundation
import UptakeCore
import UptakeImport

/// `uptake pulse import FILE.csv`: anonymous pulse answers from CSV, all or nothing.
struct PulseImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import anonymous pulse answers from CSV (all or nothing).",
        discussion: """
            Columns: role (executive|manager|practitioner|rep), team, confidence, trust, goal_clarity, \
            training (each 1-5), and optionally comment. No column may identify a person; any other \
            column is refused. A file with any invalid row writes nothing.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The CSV file.", completion: .file())
    var file: String

    @Option(help: ArgumentHelp("The survey the answers belong to (created when new).", valueName: "id"))
    var survey = PulseCommand.defaultSurvey

    @Option(help: ArgumentHelp("The survey's title when it is created.", valueName: "text"))
    var title = PulseSurveyTemplate.readiness.title

    func validate() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ValidationError("cannot read \(file): no such file, or not readable")
        }
    }

    func run() async throws {
        let answers: [PulseAnswer]
        do {
            answers = try Self.read(URL(fileURLWithPath: file))
        } catch let error as PulseImportFailure {
            print(error.lines.joined(separator: "\n"))
            print("Nothing was written.")
            throw ExitCode.failure
        }
        let surveyID = survey, title = title
        try await database.withRepository { repository in
            try await repository.transaction { repository in
                if try await repository.pulseSurveys().first(where: { $0.id == surveyID }) == nil {
                    try await repository.save(pulseSurvey: PulseSurvey(
                        id: surveyID, templateID: PulseSurveyTemplate.readiness.id, title: title, openedAt: Date(),
                        isSimulated: false))
                }
                try await repository.insert(pulseAnswers: answers, surveyID: surveyID, source: "csv")
            }
        }
        print("Imported \(answers.count) answers into survey \"\(surveyID)\".")
    }

    /// The problems that stop an import, one line each ("FILE:LINE: message").
    struct PulseImportFailure: Error {
        var lines: [String]
    }

    /// Reads and validates every row.
    ///
    /// - Parameter url: The CSV file.
    /// - Returns: The answers.
    /// - Throws: ``PulseImportFailure`` listing every bad row (the first 50), or the file system's error.
    static func read(_ url: URL) throws -> [PulseAnswer] {
        let name = url.lastPathComponent
        let reader = try CSVRecordReader(url: url)
        guard let header = try reader.next() else { throw PulseImportFailure(lines: ["\(name): the file is empty"]) }
        let columns = header.fields.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "\u{FEFF}", with: "")
        }
        let allowed = Set(PulseAnswer.csvColumns + ["comment"])
        var problems: [String] = []
        let missing = PulseAnswer.csvColumns.filter { !columns.contains($0) }
        if !missing.isEmpty { problems.append("\(name):\(header.line): missing column(s) \(missing.joined(separator: ", "))") }
        let extra = columns.filter { !allowed.contains($0) }
        if !extra.isEmpty {
            problems.append("\(name):\(header.line): column(s) \(extra.joined(separator: ", ")) not allowed: "
                + "pulse answers are anonymous; allowed are \(allowed.sorted().joined(separator: ", "))")
        }
        if !problems.isEmpty { throw PulseImportFailure(lines: problems) }
        var answers: [PulseAnswer] = []
        var bad = 0
        while let record = try reader.next() {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            do {
                if let issue = record.issue { throw PulseError(.invalidValue, "unreadable row: \(issue)") }
                guard record.fields.count == columns.count else {
                    throw PulseError(.invalidValue, "\(record.fields.count) fields, the header has \(columns.count)")
                }
                answers.append(try PulseAnswer(record: Dictionary(uniqueKeysWithValues: zip(columns, record.fields))))
            } catch let error as PulseError {
                bad += 1
                if problems.count < 50 { problems.append("\(name):\(record.line): \(error.message)") }
            }
        }
        if bad > 50 { problems.append("... and \(bad - 50) more invalid rows") }
        if !problems.isEmpty { throw PulseImportFailure(lines: problems) }
        if answers.isEmpty { throw PulseImportFailure(lines: ["\(name): no answers after the header"]) }
        return answers
    }
}
