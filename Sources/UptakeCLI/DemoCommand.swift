import ArgumentParser

/// `uptake demo`: the synthetic demo territory.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Work with the synthetic demo territory (clearly marked demo data).",
        subcommands: [DemoGenerateCommand.self, DemoPilotCommand.self]
    )
}
