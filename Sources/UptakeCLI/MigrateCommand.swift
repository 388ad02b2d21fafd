import ArgumentParser

/// `uptake migrate`: brings the database's schema up to date.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the database schema.",
        discussion: "Migrations also run at the start of every command; this runs them alone."
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await database.withRepository { _ in }
        print("Database \(database.resolvedURL) is up to date.")
    }
}
