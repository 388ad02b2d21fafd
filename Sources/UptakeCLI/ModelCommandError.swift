/// A model registry command that cannot be carried out.
struct ModelCommandError: Error, CustomStringConvertible {
    /// What went wrong; new codes may be added.
    struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case notFound, promotionRefused, invalidFile
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// No such model version.
        static let notFound = Code(.notFound)
        /// The promotion rule refused and --force was not given.
        static let promotionRefused = Code(.promotionRefused)
        /// An input file cannot be read or is not in the expected format.
        static let invalidFile = Code(.invalidFile)

        var description: String { base.rawValue }
    }

    /// The code.
    var code: Code
    /// A sentence for the user.
    var message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    var description: String { message }
}
