/// A report that cannot be computed from what the store holds: an unknown pilot, rep, team or survey, a
/// pilot with no frozen plan or no data yet, no champion model.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case notFound, notStarted, noData
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The named pilot, rep, team, survey or model is not in the store.
        public static let notFound = Code(.notFound)
        /// The pilot has not started: there is no frozen plan to analyse under.
        public static let notStarted = Code(.notStarted)
        /// There is nothing to report yet (a pilot analysed before its first day, no scored leads).
        public static let noData = Code(.noData)

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
