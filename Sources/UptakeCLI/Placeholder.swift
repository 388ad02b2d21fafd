import ArgumentParser
import UptakeCore

/// The `uptake` command tree.
public struct UptakeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "uptake",
        abstract: "Get a lead-scoring model used in the field, and measure what it is worth.",
        version: Uptake.version
    )
    public init() {}
}
