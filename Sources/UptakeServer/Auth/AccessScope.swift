import UptakeCore
import UptakeStore

/// Which reps' data a viewer may see: a rep only their own, a manager their team's, the other roles all.
///
/// Every route that returns rep-owned data (reps, leads, appointments; plans, ledger events as they land)
/// filters through this, and answers 404 for an object outside it, so that its existence does not leak.
enum AccessScope: Sendable, Equatable {
    /// Only these reps.
    case reps(Set<RepID>)
    /// Every rep.
    case all

    /// The scope of a viewer.
    ///
    /// - Parameters:
    ///   - viewer: Who asks.
    ///   - repository: Where the manager's team is read.
    /// - Returns: The scope; a rep account not linked to a rep, or a manager of an empty team, sees nothing.
    /// - Throws: The database's error.
    static func of(_ viewer: Viewer, repository: any UptakeRepository) async throws -> AccessScope {
        switch viewer.role {
        case .rep:
            return .reps(Set([viewer.account.rep].compactMap { $0 }))
        case .manager:
            guard let team = viewer.account.team else { return .reps([]) }
            return .reps(Set(try await repository.reps().filter { $0.team == team }.map(\.id)))
        case .executive, .analyst, .admin:
            return .all
        }
    }

    /// Whether a rep's data is visible.
    ///
    /// - Parameter rep: The rep, or nil (an unowned lead: visible only to the unscoped roles).
    /// - Returns: True when visible.
    func contains(_ rep: RepID?) -> Bool {
        switch self {
        case .all: true
        case .reps(let reps): rep.map(reps.contains) ?? false
        }
    }
}
