import UptakeCore
import UptakeStore

/// Tells whether a digest's audience is looking at synthetic data, from the data itself: the demo generator
/// marks every lead it writes with the attribute `demo = true` (`DemoAttributeKey.demo`), whatever the ids.
///
/// Scoped to the audience: an executive's digest is simulated when any stored lead is marked, a manager's
/// when a lead of their team's reps is, a rep's when one of their own leads is. So a real team's digest says
/// nothing of a demo territory stored beside it, and a synthetic territory with any id scheme is labelled.
///
/// ```swift
/// input.isSimulated = try await SimulatedLeadMark().isPresent(for: .manager(team: "north"), in: repository)
/// ```
public struct SimulatedLeadMark: Sendable {
    /// The demo generator's mark (`DemoAttributeKey.demo`; a test keeps the two equal).
    public static let demoAttribute = "demo"

    /// The boolean attribute that marks a synthetic lead.
    public var attribute: String

    /// Makes a check.
    ///
    /// - Parameter attribute: The marking attribute (default: the demo generator's `demo`).
    public init(attribute: String = SimulatedLeadMark.demoAttribute) {
        self.attribute = attribute
    }

    /// Whether the audience's leads include a marked one.
    ///
    /// - Parameters:
    ///   - role: The digest's audience.
    ///   - repository: The store.
    /// - Returns: `true` when a lead in the audience's scope carries the mark.
    /// - Throws: The store's error.
    public func isPresent(for role: DigestRole, in repository: any UptakeRepository) async throws -> Bool {
        let owners: Set<RepID>?
        switch role {
        case .executive, .manager(team: nil):
            owners = nil
        case .manager(let team?):
            owners = Set(try await repository.reps().filter { $0.team == team }.map(\.id))
        case .rep(let id, _):
            owners = [RepID(id)]
        }
        return try await repository.hasLead(markedBy: attribute, owners: owners)
    }
}
