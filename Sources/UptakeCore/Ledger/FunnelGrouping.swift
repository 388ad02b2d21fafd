/// How funnel rows are grouped.
public enum FunnelGrouping: String, Hashable, Sendable, Codable, CaseIterable {
    /// One row per rep.
    case rep
    /// One row per team.
    case team
    /// One row for everyone.
    case total
}
