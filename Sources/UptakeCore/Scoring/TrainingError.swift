/// Training could not run: too little data, a bad option, a failure in XGBoost.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct TrainingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case insufficientData, invalidConfiguration, invalidModel
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// Too few positives or negatives to train or to evaluate honestly.
        public static let insufficientData = Code(.insufficientData)
        /// An option out of range, or data that does not fit the options (labels, split column).
        public static let invalidConfiguration = Code(.invalidConfiguration)
        /// A saved model that cannot be used (unknown format version, inconsistent parts).
        public static let invalidModel = Code(.invalidModel)

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
