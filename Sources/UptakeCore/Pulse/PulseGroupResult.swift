/// A group's place in the pulse results: its figures, or only the fact that it is suppressed.
///
/// A suppressed group carries its name and nothing else: not its count, not a mean.
public enum PulseGroupResult: Hashable, Sendable, Encodable {
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

    private enum CodingKeys: String, CodingKey { case name, suppressed, answers, means }

    /// Encodes as `{"name", "suppressed": false, "answers", "means": {"confidence": 3.4, ...}}` or
    /// `{"name", "suppressed": true}`.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(summary == nil, forKey: .suppressed)
        if let summary {
            try container.encode(summary.answers, forKey: .answers)
            try container.encode(
                Dictionary(uniqueKeysWithValues: summary.means.map { ($0.item.rawValue, $0.mean) }), forKey: .means)
        }
    }
}
