import ArgumentParser
import UptakeCore

/// The `uptake` command tree: one file per subcommand.
public struct UptakeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "uptake",
        abstract: "Get a lead-scoring model used in the field, and measure what it is worth.",
        discussion: """
            Every command reads and writes one database, chosen with --database URL or the
            UPTAKE_DATABASE_URL environment variable: sqlite:PATH (the default, \
            sqlite:./uptake.sqlite) or postgres://user:pass@host:port/db.
            """,
        version: Uptake.version,
        subcommands: [
            DemoCommand.self,
            ImportCommand.self,
            MigrateCommand.self,
            StatusCommand.self,
            ServeCommand.self,
            EventsCommand.self,
            FunnelCommand.self,
            UserCommand.self,
            PilotCommand.self,
            ROICommand.self,
            TrainCommand.self,
            ScoreCommand.self,
            ModelCommand.self,
            OPTWCommand.self,
            PlanCommand.self,
            PulseCommand.self,
            DigestCommand.self,
        ]
    )

    public init() {}
}
