/// How often one dismissal reason was given in the period, out of all dismissals.
public struct DismissalReasonCount: Hashable, Sendable, Codable {
    /// The reason ("too far", "not open", "already a customer").
    public var reason: String
    /// Dismissals giving it.
    public var count: Int
    /// All dismissals in the period and scope.
    public var totalDismissals: Int

    /// Makes a count.
    ///
    /// - Parameters:
    ///   - reason: The reason.
    ///   - count: Dismissals giving it.
    ///   - totalDismissals: All dismissals.
    public init(reason: String, count: Int, totalDismissals: Int) {
        self.reason = reason
        self.count = count
        self.totalDismissals = totalDismissals
    }
}
