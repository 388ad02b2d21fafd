/// Whom a digest is for, which decides what it covers.
public enum DigestRole: Hashable, Sendable, Codable {
    /// The whole organisation: results, evidence, ROI, model health, readiness.
    case executive
    /// One team (or every team when nil): its funnel, dismissal reasons, pilot status, readiness by team.
    case manager(team: String?)
    /// One rep's own week: their visits, conversions and suggestions. Nothing about others.
    case rep(id: String, name: String)

    /// "executive", "manager" or "rep".
    public var name: String {
        switch self {
        case .executive: "executive"
        case .manager: "manager"
        case .rep: "rep"
        }
    }

    /// Who the digest covers, in words ("All teams", "Team North", "Ada Byron").
    public var audience: String {
        switch self {
        case .executive: "All teams"
        case .manager(let team): team.map { "Team \($0)" } ?? "All teams"
        case .rep(_, let name): name
        }
    }
}
