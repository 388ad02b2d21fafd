/// A statistical computation that cannot be carried out on the data given.
///
/// Codes can grow without breaking callers (swift-nio style, like ``DomainError``).
public struct StatisticsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidArgument, insufficientData, noVariation, noConvergence
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// A parameter outside its domain (a probability outside (0, 1), negative degrees of freedom).
        public static let invalidArgument = Code(.invalidArgument)
        /// Too few observations for the estimate (fewer than two per arm, say).
        public static let insufficientData = Code(.insufficientData)
        /// A variance or difference that must not be zero is zero.
        public static let noVariation = Code(.noVariation)
        /// An iterative method did not converge.
        public static let noConvergence = Code(.noConvergence)

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
