import Foundation

/// A signed-in browser session, kept server-side; the cookie carries a random token whose SHA-256 is the key.
public struct WebSession: Hashable, Sendable {
    /// The SHA-256 (hex) of the cookie's token.
    public var tokenHash: String
    /// The signed-in account.
    public var userID: Int64
    /// The CSRF token every form of this session must echo.
    public var csrfToken: String
    /// When the session began.
    public var createdAt: Date
    /// When it stops being accepted.
    public var expiresAt: Date

    /// Makes a session value.
    ///
    /// - Parameters:
    ///   - tokenHash: The SHA-256 (hex) of the cookie's token.
    ///   - userID: The account.
    ///   - csrfToken: The session's CSRF token.
    ///   - createdAt: When it began.
    ///   - expiresAt: When it ends.
    public init(tokenHash: String, userID: Int64, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
