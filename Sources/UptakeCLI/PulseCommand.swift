import ArgumentParser

/// `uptake pulse`: the readiness pulse survey.
struct PulseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pulse",
        abstract: "The readiness pulse: import anonymous answers, simulate demo answers, read results.",
        discussion: """
            Results never show a group (role or team) with fewer than 5 answers, nor one that could be \
            worked out from the others by subtraction.
            """,
        subcommands: [PulseImportCommand.self, PulseResultsCommand.self, PulseSimulateCommand.self]
    )

    /// The survey id used when none is given.
    static let defaultSurvey = "readiness"
}
