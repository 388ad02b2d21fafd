/// Why `uptake plan` stopped after its flags were accepted: nothing was stored then.
///
/// Codes can grow without breaking callers (swift-nio style). The message names the input at fault.
struct PlanCommandError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case unknownReps, appointmentConflicts, routing, output
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// `--rep` or `--team` names no stored rep, or the rep's time zone is unknown.
        static let unknownReps = Code(.unknownReps)
        /// The rep's appointments cannot all be kept (see the message for which).
        static let appointmentConflicts = Code(.appointmentConflicts)
        /// The OSRM server could not be used and `--osrm-fallback` was not given.
        static let routing = Code(.routing)
        /// The `--json` file cannot be written.
        static let output = Code(.output)

        /// The code's name.
        var description: String { base.rawValue }
    }

    /// The kind of problem.
    var code: Code
    /// What was wrong, in words a user can act on.
    var message: String

    /// Makes an error.
    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    var description: String { message }
}
