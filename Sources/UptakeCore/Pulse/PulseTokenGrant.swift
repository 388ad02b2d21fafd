/// What a one-time pulse link entitles its holder to: one answer to one survey, counted under a role and
/// team. Holds the token's hash, never the token, and no user id.
public struct PulseTokenGrant: Hashable, Sendable, Codable {
    /// SHA-256 of the token, hex.
    public var tokenHash: String
    /// The survey.
    public var surveyID: String
    /// The role the answer will count under.
    public var role: PulseRole
    /// The team the answer will count under.
    public var team: String

    /// Makes a grant from a token (hashing it).
    ///
    /// - Parameters:
    ///   - token: The token that goes in the link.
    ///   - surveyID: The survey.
    ///   - role: The role.
    ///   - team: The team.
    public init(token: String, surveyID: String, role: PulseRole, team: String) {
        self.init(tokenHash: PulseLinkToken.hash(token), surveyID: surveyID, role: role, team: team)
    }

    /// Makes a grant from a stored hash.
    ///
    /// - Parameters:
    ///   - tokenHash: The token's hash.
    ///   - surveyID: The survey.
    ///   - role: The role.
    ///   - team: The team.
    public init(tokenHash: String, surveyID: String, role: PulseRole, team: String) {
        self.tokenHash = tokenHash
        self.surveyID = surveyID
        self.role = role
        self.team = team
    }
}
