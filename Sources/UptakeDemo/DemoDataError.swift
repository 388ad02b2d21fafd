/// A problem making demo data: the bundled places table is missing or malformed, or the configuration
/// asks for something the generator cannot make.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct DemoDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case resourceMissing, malformedResource, invalidConfiguration, notDemoLead
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The bundled resource could not be found or read.
        public static let resourceMissing = Code(.resourceMissing)
        /// The bundled resource did not parse.
        public static let malformedResource = Code(.malformedResource)
        /// The configuration is out of range (no reps, more teams than reps, a negative count).
        public static let invalidConfiguration = Code(.invalidConfiguration)
        /// A lead lacks the demo attributes the ground truth reads, or its owner is not among the reps.
        public static let notDemoLead = Code(.notDemoLead)

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
    ///   - message: What was wrong.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
