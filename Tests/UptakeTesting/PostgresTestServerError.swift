/// The throwaway PostgreSQL server could not be started or used.
public struct PostgresTestServerError: Error, CustomStringConvertible, Sendable {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable { case missingBinaries, commandFailed, notReady }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// `initdb`, `pg_ctl` or `pg_isready` is not installed.
        public static let missingBinaries = Code(.missingBinaries)
        /// A PostgreSQL command exited with an error.
        public static let commandFailed = Code(.commandFailed)
        /// The server did not accept connections in time.
        public static let notReady = Code(.notReady)

        /// The code's name.
        public var description: String { base.rawValue }
    }

    /// The kind of problem.
    public var code: Code
    /// What happened, with the command's output or the server log.
    public var message: String

    /// Makes an error.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - message: What happened.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
