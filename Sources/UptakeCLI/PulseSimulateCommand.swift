import ArgumentParser
import Foundation
import UptakeCore

/// `uptake pulse simulate`: simulated pulse answers for the demo, labelled simulated everywhere.
struct PulseSimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write SIMULATED pulse answers for the stored reps' teams (demo data, labelled so).",
        discussion: """
            Every answer is flagged simulated and the survey's title says so; results and digests print \
            a SIMULATED label. Refuses a survey that already holds answers.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The simulated survey's id.", valueName: "id"))
    var survey = "demo-simulated"

    @Option(help: "The random seed.")
    var seed: UInt64 = 47

    @Flag(help: "Print one JSON object: the survey id and the number of answers.")
    var json = false

    func run() async throws {
        let surveyID = survey, seed = seed
        let count = try await database.withRepository { repository in
            let reps = try await repository.reps()
            guard !reps.isEmpty else {
                throw ValidationError("the database has no reps; run `uptake demo generate` first")
            }
            guard try await repository.pulseAnswers(surveyID: surveyID).isEmpty else {
                throw ValidationError("survey \"\(surveyID)\" already has answers; choose another --survey")
            }
            var random = SeededGenerator(seed: seed)
            let simulator = PulseSimulator(repsByTeam: Dictionary(grouping: reps, by: \.team).mapValues(\.count))
            let answers = try simulator.answers(using: &random)
            try await repository.transaction { repository in
                try await repository.save(pulseSurvey: PulseSurvey(
                    id: surveyID, templateID: PulseSurveyTemplate.readiness.id,
                    title: "SIMULATED readiness pulse (demo data, not real answers)", openedAt: Date(),
                    isSimulated: true))
                try await repository.insert(pulseAnswers: answers, surveyID: surveyID, source: "simulated")
            }
            return answers.count
        }
        if json {
            print("{\"survey\":\"\(surveyID)\",\"answers\":\(count),\"simulated\":true}")
        } else {
            print("Wrote \(count) SIMULATED pulse answers into survey \"\(surveyID)\".")
        }
    }
}
