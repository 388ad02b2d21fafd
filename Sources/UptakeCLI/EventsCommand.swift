import ArgumentParser

/// `uptake events`: the suggestion ledger.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Record what happened to suggestions: shown, accepted, dismissed, visited, converted.",
        subcommands: [EventsImportCommand.self]
    )
}
