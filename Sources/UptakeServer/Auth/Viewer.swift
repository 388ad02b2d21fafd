import UptakeCore
import UptakeStore

/// The signed-in identity of a request, and how it signed in.
public struct Viewer: Sendable, Hashable {
    /// How the request proved who it is.
    public enum Credential: Sendable, Hashable {
        /// A browser session; forms must echo its CSRF token.
        case session(tokenHash: String, csrfToken: String)
        /// A bearer API token (no cookies, so no CSRF check).
        case apiToken
    }

    /// The account.
    public var account: UserAccount
    /// How it signed in.
    public var credential: Credential
    /// The rep the account is linked to, read with the account (nil when it has none, or it is not stored):
    /// My day and a rep's plans need it on every request.
    public var rep: Rep?

    /// The role.
    public var role: UserRole { account.role }

    /// The CSRF token forms must carry, for browser sessions.
    var csrfToken: String? {
        if case .session(_, let token) = credential { return token }
        return nil
    }

    /// Refuses roles outside `roles` with 403.
    ///
    /// - Parameter roles: The roles that may use the route.
    /// - Throws: ``AppError`` `.forbidden`.
    func require(_ roles: Set<UserRole>) throws {
        guard roles.contains(role) else { throw AppError.forbidden(role: role) }
    }
}

extension Viewer {
    /// Whether the viewer sees suggestions a rep is not shown (a pilot control rep's, logged only).
    ///
    /// Reps and managers do not: a manager who saw them could pass them on and contaminate the pilot's
    /// control arm. Executives, analysts and admins do, flagged `shown: false`.
    var seesHiddenSuggestions: Bool {
        [.executive, .analyst, .admin].contains(role)
    }
}
