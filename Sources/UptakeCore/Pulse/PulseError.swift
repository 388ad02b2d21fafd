/// A pulse input that cannot be used: a score outside 1–5, an unknown role, a missing column, a link
/// token that is unknown or already used.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct PulseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidValue, missingColumn, invalidToken
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A value outside what the survey allows (a score of 6, an unknown role, an empty team).
        public static let invalidValue = Code(.invalidValue)
        /// A CSV without a column the survey needs.
        public static let missingColumn = Code(.missingColumn)
        /// A link token that is unknown or was already used.
        public static let invalidToken = Code(.invalidToken)

        /// The code's name.
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
