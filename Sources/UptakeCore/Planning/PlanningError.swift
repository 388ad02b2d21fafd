/// Why a plan could not be made: fixed appointments that cannot all be kept, or a malformed instance.
///
/// Codes can grow without breaking callers (swift-nio style).
public struct PlanningError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case infeasibleAppointments, invalidInstance, invalidRequest
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The fixed appointments (with the shift and lunch) cannot all be kept; see `conflicts`.
        public static let infeasibleAppointments = Code(.infeasibleAppointments)
        /// A benchmark instance file that does not parse.
        public static let invalidInstance = Code(.invalidInstance)
        /// A request with contradictory or out-of-range fields.
        public static let invalidRequest = Code(.invalidRequest)

        public var description: String { base.rawValue }
    }

    /// The kind of problem.
    public var code: Code
    /// What was wrong, in words a user can act on.
    public var message: String
    /// For `.infeasibleAppointments`: the ids of the fixed stops that conflict (each pair or single that
    /// cannot be kept, e.g. "shift-start", "a1", "a2", "lunch", "shift-end").
    public var conflicts: [String]

    /// Makes an error.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - message: A sentence a user can act on.
    ///   - conflicts: Ids of conflicting fixed stops, if any.
    public init(_ code: Code, _ message: String, conflicts: [String] = []) {
        self.code = code
        self.message = message
        self.conflicts = conflicts
    }

    public var description: String { message }
}
