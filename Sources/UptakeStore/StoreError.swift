/// A storage problem: a database URL that cannot be used, a connection that failed, a stored row that no
/// longer reads back as a domain value, or a repository used after it was shut down.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidURL, unsupportedScheme, connectionFailed, corruptRow, closed, migrationFailed
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A database URL that does not parse (no path, no host, no user...).
        public static let invalidURL = Code(.invalidURL)
        /// A database URL whose scheme is neither `sqlite:` nor `postgres://`.
        public static let unsupportedScheme = Code(.unsupportedScheme)
        /// The database could not be opened or reached.
        public static let connectionFailed = Code(.connectionFailed)
        /// A stored row does not decode to a valid domain value.
        public static let corruptRow = Code(.corruptRow)
        /// The repository was used after ``SQLRepository/shutdown()``.
        public static let closed = Code(.closed)
        /// A schema migration failed; it was rolled back.
        public static let migrationFailed = Code(.migrationFailed)

        /// The code's name, e.g. `unsupportedScheme`.
        public var description: String { base.rawValue }
    }

    /// The kind of problem.
    public var code: Code
    /// What was wrong, in words a user can act on.
    public var message: String

    /// Makes an error.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - message: What was wrong, in words a user can act on.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
