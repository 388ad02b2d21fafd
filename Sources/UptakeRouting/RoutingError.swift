/// A routing-engine problem: the server could not be reached, or answered something other than a table.
///
/// Codes can grow without breaking callers (swift-nio style). Messages name the URL asked.
public struct RoutingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case unreachable, serverError, badResponse, invalidRequest, cacheFile
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// No answer: connection refused, host unknown, timeout.
        public static let unreachable = Code(.unreachable)
        /// The server answered with a `code` other than `Ok` (e.g. `InvalidQuery`, `TooBig`) or an HTTP error.
        public static let serverError = Code(.serverError)
        /// The answer is not an OSRM table (not JSON, or a matrix of the wrong shape).
        public static let badResponse = Code(.badResponse)
        /// A base URL or option that cannot be used.
        public static let invalidRequest = Code(.invalidRequest)
        /// The on-disk matrix cache cannot be read or written.
        public static let cacheFile = Code(.cacheFile)

        /// The code's name, e.g. `unreachable`.
        public var description: String { base.rawValue }
    }

    /// The kind of problem.
    public var code: Code
    /// What was wrong, naming the URL.
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
