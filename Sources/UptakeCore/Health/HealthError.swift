/// A model-health input that cannot be used: no reference data, a column the profile needs missing from
/// the recent leads, a column of another kind, mismatched lengths.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct HealthError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case empty, missingColumn, kindMismatch, lengthMismatch, outOfRange
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// No rows where some are needed.
        public static let empty = Code(.empty)
        /// A profiled column is absent from the table being compared.
        public static let missingColumn = Code(.missingColumn)
        /// A column holds another kind of value than the profile recorded (numbers where categories were).
        public static let kindMismatch = Code(.kindMismatch)
        /// Arrays that must pair up have different lengths.
        public static let lengthMismatch = Code(.lengthMismatch)
        /// A number outside its allowed range (a bin count below 2, a probability above 1).
        public static let outOfRange = Code(.outOfRange)

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
