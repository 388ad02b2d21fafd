import Foundation
import UptakeCore

/// What ``UserStore/addUser(_:)`` needs to make an account; validated on creation.
public struct NewUserAccount: Hashable, Sendable {
    /// The login name.
    public var name: String
    /// The role.
    public var role: UserRole
    /// The linked rep (required for `rep`, refused for other roles).
    public var rep: RepID?
    /// The managed team (required for `manager`, refused for other roles).
    public var team: String?
    /// The bcrypt hash of the password, or nil for an account that signs in only with API tokens.
    public var passwordHash: String?
    /// When the account is made.
    public var createdAt: Date

    /// Makes and checks a new account.
    ///
    /// - Parameters:
    ///   - name: 1-64 letters, digits, `.`, `_`, `-` or `@`.
    ///   - role: The role.
    ///   - rep: The linked rep: required for `rep`, refused for other roles.
    ///   - team: The managed team: required for `manager`, refused for other roles.
    ///   - passwordHash: The bcrypt hash, or nil.
    ///   - createdAt: When it is made.
    /// - Throws: ``AccountError`` `.invalidAccount` naming what is wrong.
    public init(
        name: String, role: UserRole, rep: RepID? = nil, team: String? = nil, passwordHash: String? = nil,
        createdAt: Date = Date()
    ) throws {
        guard Self.isValidName(name) else {
            throw AccountError(
                .invalidAccount, "user name \"\(name)\" must be 1-64 letters, digits, '.', '_', '-' or '@'")
        }
        switch role {
        case .rep:
            guard let rep, !rep.rawValue.isEmpty else {
                throw AccountError(.invalidAccount, "a rep account needs the rep id it belongs to (--rep)")
            }
        case .manager:
            guard let team, !team.isEmpty else {
                throw AccountError(.invalidAccount, "a manager account needs the team it manages (--team)")
            }
        case .executive, .analyst, .admin:
            break
        }
        if role != .rep, rep != nil {
            throw AccountError(.invalidAccount, "only a rep account is linked to a rep id; \(role) is not")
        }
        if role != .manager, team != nil {
            throw AccountError(.invalidAccount, "only a manager account is linked to a team; \(role) is not")
        }
        self.name = name
        self.role = role
        self.rep = rep
        self.team = team
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }

    /// Whether a login name is acceptable: 1-64 ASCII letters, digits, `.`, `_`, `-` or `@`.
    ///
    /// - Parameter name: The name.
    /// - Returns: True when it may be used.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-@".unicodeScalars.contains($0)) }
    }
}
