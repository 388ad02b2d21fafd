/// The database behind a repository.
public enum DatabaseKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// SQLite: one file (or memory), no server; the embedded default.
    case sqlite
    /// PostgreSQL: a server shared by several app instances.
    case postgres
}
