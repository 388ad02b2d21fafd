/// A problem with users, sessions or API tokens: a bad new account, a name taken, an unknown user or token.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct AccountError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidAccount, nameTaken, unknownUser, unknownToken
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A new account's name, role, rep or team does not fit together.
        public static let invalidAccount = Code(.invalidAccount)
        /// Another account has this name.
        public static let nameTaken = Code(.nameTaken)
        /// No account has this name or id.
        public static let unknownUser = Code(.unknownUser)
        /// No API token of this user has this id.
        public static let unknownToken = Code(.unknownToken)

        /// The code's name, e.g. `nameTaken`.
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
