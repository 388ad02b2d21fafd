/// Who answered a pulse, by role (never by person).
public enum PulseRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Sets targets and signs off the investment.
    case executive
    /// Runs a team of reps.
    case manager
    /// An analyst or other specialist working with the model day to day.
    case practitioner
    /// A field sales rep.
    case rep

    /// Whether this role is the front line (practitioners and reps), compared with executives in the
    /// confidence gap.
    public var isFrontLine: Bool { self == .practitioner || self == .rep }
}
