/// A model's health at a glance, ordered ok < watch < alert.
public enum ModelHealthStatus: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
    /// Nothing to act on.
    case ok
    /// Something moved; look at it this week.
    case watch
    /// The model's numbers should not be trusted until someone looks.
    case alert

    private var rank: Int {
        switch self {
        case .ok: 0
        case .watch: 1
        case .alert: 2
        }
    }

    /// Orders by severity.
    public static func < (lhs: ModelHealthStatus, rhs: ModelHealthStatus) -> Bool { lhs.rank < rhs.rank }
}
