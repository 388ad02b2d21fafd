/// A model registry request that cannot be met.
public struct ModelStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong; new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case notFound, invalidModel
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// No such model version.
        public static let notFound = Code(.notFound)
        /// The model cannot be stored (it does not encode).
        public static let invalidModel = Code(.invalidModel)

        /// The code's name.
        public var description: String { base.rawValue }
    }

    /// The code.
    public var code: Code
    /// A sentence for the user.
    public var message: String

    /// Makes an error.
    ///
    /// - Parameters:
    ///   - code: The code.
    ///   - message: A sentence for the user.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
