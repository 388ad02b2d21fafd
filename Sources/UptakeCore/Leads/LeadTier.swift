/// A lead's priority as the CRM (or our scoring) gives it. Bronze leads are the low-priority ones the
/// day planner slots in where a visit is convenient.
public enum LeadTier: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case gold, silver, bronze

    /// Parses a tier case-insensitively (`Gold`, `SILVER`, ` bronze `).
    public init?(parsing text: String) {
        self.init(rawValue: text.trimmingWhitespace().lowercased())
    }

    private var rank: Int { self == .gold ? 0 : self == .silver ? 1 : 2 }

    /// Gold sorts first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
