/// A scoring input that cannot be used: mismatched lengths, a probability outside [0, 1], a metric
/// that is undefined for the data, a column the model needs that is missing.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct ScoringError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case lengthMismatch, empty, outOfRange, undefined, missingColumn, invalidValue
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// Arrays that must pair up element by element have different lengths.
        public static let lengthMismatch = Code(.lengthMismatch)
        /// No data where some is needed.
        public static let empty = Code(.empty)
        /// A number outside its allowed range (a probability above 1, a negative weight, NaN).
        public static let outOfRange = Code(.outOfRange)
        /// The quantity is undefined for this data (ROC AUC with only one class present).
        public static let undefined = Code(.undefined)
        /// A column the feature schema needs is absent from the record.
        public static let missingColumn = Code(.missingColumn)
        /// A value of the wrong kind for its column (text where a number is expected).
        public static let invalidValue = Code(.invalidValue)

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
    ///   - message: What was wrong.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
