/// An invalid domain value: a coordinate out of range, a malformed time, an inconsistent record.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct DomainError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case outOfRange, invalidFormat, inconsistent
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A number outside its allowed range.
        public static let outOfRange = Code(.outOfRange)
        /// Text that does not parse as the expected kind of value.
        public static let invalidFormat = Code(.invalidFormat)
        /// Fields that contradict each other (an end before its start).
        public static let inconsistent = Code(.inconsistent)

        public var description: String { base.rawValue }
    }

    /// The kind of problem.
    public var code: Code
    /// What was wrong, in words a user can act on.
    public var message: String

    /// Makes an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
