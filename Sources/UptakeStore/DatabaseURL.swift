import Foundation

/// Where the store lives, parsed from the URL a user gives (`--database`, `UPTAKE_DATABASE_URL`).
///
/// Accepted forms:
/// - `sqlite:PATH`: a file, relative to the working directory or absolute; `sqlite://PATH` also works;
/// - `sqlite::memory:`: an in-memory database that lives as long as the repository;
/// - `postgres://user:pass@host:port/db` (or `postgresql://`), with an optional `?tlsmode=disable|prefer|require`.
///
/// ```swift
/// let url = try DatabaseURL(parsing: "sqlite:data/uptake.db")
/// url.kind            // .sqlite
/// ```
public struct DatabaseURL: Hashable, Sendable, CustomStringConvertible {
    /// The parsed location.
    public enum Location: Hashable, Sendable {
        /// An SQLite file at this path (as given; relative paths resolve against the working directory).
        case sqliteFile(path: String)
        /// An in-memory SQLite database.
        case sqliteMemory
        /// A PostgreSQL server; the URL is kept whole for the driver.
        case postgres(url: String)
    }

    /// The parsed location.
    public let location: Location

    /// Parses a database URL.
    ///
    /// - Parameter text: The URL, e.g. `sqlite:uptake.db` or `postgres://uptake@localhost/uptake`.
    /// - Throws: ``StoreError`` `.unsupportedScheme` for another scheme (`mysql:`), `.invalidURL` for a
    ///   URL with no path, host, user or database.
    public init(parsing text: String) throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let colon = text.firstIndex(of: ":") else {
            throw StoreError(.invalidURL, "\"\(text)\" is not a database URL; use sqlite:PATH or postgres://...")
        }
        let scheme = text[..<colon].lowercased()
        let rest = String(text[text.index(after: colon)...])
        switch scheme {
        case "sqlite":
            location = try Self.parseSQLite(rest)
        case "postgres", "postgresql":
            location = try Self.parsePostgres(text)
        default:
            throw StoreError(
                .unsupportedScheme,
                "unsupported database URL scheme \"\(scheme)\"; use sqlite:PATH or postgres://..."
            )
        }
    }

    /// Makes a URL for an SQLite file.
    ///
    /// - Parameter path: The file's path.
    /// - Returns: The URL.
    public static func sqliteFile(_ path: String) -> DatabaseURL { DatabaseURL(location: .sqliteFile(path: path)) }

    /// An in-memory SQLite database.
    public static var sqliteMemory: DatabaseURL { DatabaseURL(location: .sqliteMemory) }

    private init(location: Location) { self.location = location }

    /// Which database this URL names.
    public var kind: DatabaseKind {
        switch location {
        case .sqliteFile, .sqliteMemory: .sqlite
        case .postgres: .postgres
        }
    }

    /// The URL with any password replaced by `***`, fit for logs.
    public var description: String {
        switch location {
        case .sqliteFile(let path): return "sqlite:\(path)"
        case .sqliteMemory: return "sqlite::memory:"
        case .postgres(let url): return Self.redacting(url)
        }
    }

    /// A URL with its password replaced by `***`.
    static func redacting(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }

    private static func parseSQLite(_ rest: String) throws -> Location {
        if rest == ":memory:" { return .sqliteMemory }
        // `sqlite:///abs/path` and `sqlite://rel/path` are common spellings of `sqlite:/abs/path`, `sqlite:rel/path`.
        let path = rest.hasPrefix("//") ? String(rest.dropFirst(2)) : rest
        guard !path.isEmpty else {
            throw StoreError(.invalidURL, "sqlite: URL has no file path; use sqlite:PATH or sqlite::memory:")
        }
        return .sqliteFile(path: path)
    }

    private static func parsePostgres(_ text: String) throws -> Location {
        guard let components = URLComponents(string: text), text.contains("://") else {
            throw StoreError(.invalidURL, "\"\(text)\" is not a PostgreSQL URL; use postgres://user:pass@host:port/db")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError(.invalidURL, "PostgreSQL URL has no host; use postgres://user:pass@host:port/db")
        }
        guard let user = components.user, !user.isEmpty else {
            throw StoreError(.invalidURL, "PostgreSQL URL has no user; use postgres://user:pass@host:port/db")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !database.isEmpty, !database.contains("/") else {
            throw StoreError(.invalidURL, "PostgreSQL URL has no database name; use postgres://user:pass@host:port/db")
        }
        return .postgres(url: text)
    }
}
