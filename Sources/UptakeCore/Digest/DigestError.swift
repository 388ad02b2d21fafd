/// A digest request that cannot be served: a malformed week, a rep digest without a rep.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct DigestError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidWeek, invalidAudience
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A week that does not parse or does not exist.
        public static let invalidWeek = Code(.invalidWeek)
        /// A role without the scope it needs (a rep digest without a rep).
        public static let invalidAudience = Code(.invalidAudience)

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
