/// A group's place in the pulse results: its figures, or only the fact that it is suppressed.
///
/// A suppressed group carries its name and nothing else: not its count, not a mean.
public enum PulseGroupResult: Hashable, Sendable, Codable {
    /// Large enough to publish.
    case shown(PulseGroupSummary)
    /// Fewer than five answers, or suppressed so that another small group cannot be worked out by
    /// subtraction.
    case suppressed(name: String)

    /// The group's name.
    public var name: String {
        switch self {
        case .shown(let summary): summary.name
        case .suppressed(let name): name
        }
    }

    /// The figures when shown.
    public var summary: PulseGroupSummary? {
        if case .shown(let summary) = self { return summary }
        return nil
    }
}
