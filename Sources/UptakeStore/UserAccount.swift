import Foundation
import UptakeCore

/// A person who signs in to the web app or calls the API.
///
/// A `rep` account is linked to the rep whose day it sees; a `manager` account to the team it manages.
/// The password hash is never part of this value: read it with ``UserStore/passwordHash(userID:)``.
public struct UserAccount: Hashable, Sendable, Codable {
    /// The database's number for the account.
    public var id: Int64
    /// The login name, unique.
    public var name: String
    /// What the account may see and do.
    public var role: UserRole
    /// The rep this account is, for the `rep` role.
    public var rep: RepID?
    /// The team this account manages, for the `manager` role.
    public var team: String?
    /// When the account was made.
    public var createdAt: Date

    /// Makes an account value.
    ///
    /// - Parameters:
    ///   - id: The database's number.
    ///   - name: The login name.
    ///   - role: The role.
    ///   - rep: The linked rep, for reps.
    ///   - team: The managed team, for managers.
    ///   - createdAt: When it was made.
    public init(id: Int64, name: String, role: UserRole, rep: RepID? = nil, team: String? = nil, createdAt: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.rep = rep
        self.team = team
        self.createdAt = createdAt
    }
}
