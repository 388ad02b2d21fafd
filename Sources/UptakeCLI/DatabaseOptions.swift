import ArgumentParser
import Foundation
import UptakeStore

/// The `--database` option every command that touches the store shares.
struct DatabaseOptions: ParsableArguments {
    /// The environment variable read when `--database` is not given.
    static let environmentVariable = "UPTAKE_DATABASE_URL"
    /// The database used when neither the flag nor the environment names one.
    static let defaultURL = "sqlite:./uptake.sqlite"

    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "The database: sqlite:PATH or postgres://user:pass@host:port/db.",
            discussion: "Defaults to $UPTAKE_DATABASE_URL, then to sqlite:./uptake.sqlite.",
            valueName: "url"
        )
    )
    var databaseURL: String?

    /// The URL in force: the flag, else the environment, else the default.
    var resolvedURL: String {
        databaseURL ?? ProcessInfo.processInfo.environment[Self.environmentVariable] ?? Self.defaultURL
    }

    func validate() throws {
        do {
            _ = try DatabaseURL(parsing: resolvedURL)
        } catch let error as StoreError {
            throw ValidationError(error.message)
        }
    }

    /// Opens the database, runs pending migrations and lends the repository to `body`, closing it after.
    func withRepository<T: Sendable>(
        _ body: (any UptakeRepository) async throws -> T
    ) async throws -> T {
        try await SQLRepository.withRepository(try DatabaseURL(parsing: resolvedURL)) { repository in
            try await repository.migrate()
            return try await body(repository)
        }
    }
}
