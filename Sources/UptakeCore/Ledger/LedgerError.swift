/// A ledger event or pilot request that breaks the ledger's rules: a dismissal without a reason, a
/// conversion without a value, a correction of an event that does not exist.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct LedgerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case missingValue, unexpectedValue, invalidValue, unknownReference, duplicateID, conflict
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A value the event's kind requires is absent (a dismissal's reason, a conversion's value).
        public static let missingValue = Code(.missingValue)
        /// A value the event's kind does not take is present (a reason on a visit).
        public static let unexpectedValue = Code(.unexpectedValue)
        /// A value outside what is accepted (an unknown reason, a negative conversion value).
        public static let invalidValue = Code(.invalidValue)
        /// An id that names nothing known (the suggestion, the superseded event).
        public static let unknownReference = Code(.unknownReference)
        /// The same event id twice.
        public static let duplicateID = Code(.duplicateID)
        /// A request the current state forbids (changing a started pilot, superseding an event twice).
        public static let conflict = Code(.conflict)

        /// The code's name, e.g. `missingValue`.
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
