/// The counts of the suggestion ledger's funnel (``AdoptionFunnel``) for one period and scope (a rep, a team,
/// everyone): how many suggested stops were shown, accepted, dismissed, visited and converted; the KPIs' input.
///
/// Filled from the ledger (suggestion events) by the store; every later stage counts suggestions that
/// reached it within the period, whatever week they were shown.
public struct FunnelCounts: Hashable, Sendable, Codable {
    /// Suggestions shown to reps.
    public var shown: Int
    /// Of those, accepted into the day.
    public var accepted: Int
    /// Dismissed, with a reason.
    public var dismissed: Int
    /// Suggested stops actually visited.
    public var visited: Int
    /// Suggested leads that converted.
    public var converted: Int

    /// Makes a funnel.
    ///
    /// - Parameters:
    ///   - shown: Suggestions shown.
    ///   - accepted: Accepted.
    ///   - dismissed: Dismissed.
    ///   - visited: Visited.
    ///   - converted: Converted.
    public init(shown: Int, accepted: Int, dismissed: Int, visited: Int, converted: Int) {
        self.shown = shown
        self.accepted = accepted
        self.dismissed = dismissed
        self.visited = visited
        self.converted = converted
    }

    /// The counts of one row of the ledger's ``AdoptionFunnel``.
    ///
    /// - Parameter row: A funnel row (a rep, a team, or everyone).
    public init(_ row: FunnelRow) {
        self.init(
            shown: row.shown, accepted: row.accepted, dismissed: row.dismissed, visited: row.visited,
            converted: row.converted)
    }
}
