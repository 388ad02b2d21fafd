import ArgumentParser

/// `uptake pilot`: rep-randomized pilots and their analysis.
struct PilotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pilot",
        abstract: "Design and analyze rep-randomized pilots.",
        subcommands: [
            PilotCreateCommand.self, PilotStartCommand.self, PilotStatusCommand.self, PilotAnalyzeCommand.self,
        ]
    )
}
