import ArgumentParser
import Foundation
import UptakeCore

/// `uptake pulse results`: a survey's results by role and team, small groups suppressed.
struct PulseResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Show pulse results by role and team, with the executive-vs-front-line confidence gap.",
        discussion: "Groups with fewer than 5 answers (and any that would reveal one) are shown as suppressed."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The survey (default: the most recent).", valueName: "id"))
    var survey: String?

    @Flag(help: "Print the results as JSON.")
    var json = false

    func run() async throws {
        let requested = survey
        let (chosen, results) = try await database.withRepository { repository in
            let surveys = try await repository.pulseSurveys()
            guard let chosen = requested.map({ id in surveys.first { $0.id == id } }) ?? surveys.first else {
                throw ValidationError(
                    requested.map { "no pulse survey \"\($0)\"" } ?? "no pulse survey yet; import answers first")
            }
            return (chosen, PulseResults(answers: try await repository.pulseAnswers(surveyID: chosen.id)))
        }
        if json {
            struct Output: Encodable {
                var survey: String
                var title: String
                var simulated: Bool
                var results: PulseResults
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let output = Output(
                survey: chosen.id, title: chosen.title, simulated: chosen.isSimulated || results.includesSimulated,
                results: results)
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
        } else {
            print(PulseResultsText.render(results, survey: chosen))
        }
    }
}
