import Foundation

/// Accounts, browser sessions and API tokens for the web app (migration 5).
///
/// The store keeps hashes only: bcrypt for passwords, SHA-256 for session and API tokens. Hashing is the
/// caller's job, so that the store never sees a secret.
public protocol UserStore: Sendable {
    /// Makes an account.
    ///
    /// - Parameter account: The checked new account.
    /// - Returns: The stored account, with its id.
    /// - Throws: ``AccountError`` `.nameTaken`, or the database's error.
    func addUser(_ account: NewUserAccount) async throws -> UserAccount
    /// The account with this login name, or nil.
    ///
    /// - Parameter name: The login name.
    /// - Returns: The account, or nil.
    /// - Throws: The database's error.
    func user(named name: String) async throws -> UserAccount?
    /// The account with this id, or nil.
    ///
    /// - Parameter id: The account's id.
    /// - Returns: The account, or nil.
    /// - Throws: The database's error.
    func user(id: Int64) async throws -> UserAccount?
    /// Every account, ordered by name.
    ///
    /// - Returns: The accounts.
    /// - Throws: The database's error.
    func users() async throws -> [UserAccount]
    /// The bcrypt hash of an account's password, or nil when it has none.
    ///
    /// - Parameter userID: The account.
    /// - Returns: The hash, or nil.
    /// - Throws: The database's error.
    func passwordHash(userID: Int64) async throws -> String?
    /// Replaces an account's password hash and ends its browser sessions.
    ///
    /// - Parameters:
    ///   - hash: The new bcrypt hash.
    ///   - userID: The account.
    /// - Throws: ``AccountError`` `.unknownUser`, or the database's error.
    func setPasswordHash(_ hash: String, userID: Int64) async throws

    /// Stores a new browser session.
    ///
    /// - Parameter session: The session.
    /// - Throws: The database's error.
    func addSession(_ session: WebSession) async throws
    /// The session with this token hash and its account, when it has not expired at `now`.
    ///
    /// - Parameters:
    ///   - tokenHash: The SHA-256 (hex) of the cookie's token.
    ///   - now: The time to compare the expiry with.
    /// - Returns: The session and its account, or nil.
    /// - Throws: The database's error.
    func session(tokenHash: String, at now: Date) async throws -> (session: WebSession, user: UserAccount)?
    /// Ends a session (sign out). Ending an unknown session does nothing.
    ///
    /// - Parameter tokenHash: The SHA-256 (hex) of the cookie's token.
    /// - Throws: The database's error.
    func removeSession(tokenHash: String) async throws
    /// Deletes the sessions that expired before `now`.
    ///
    /// - Parameter now: The time.
    /// - Returns: How many were deleted.
    /// - Throws: The database's error.
    func removeExpiredSessions(at now: Date) async throws -> Int

    /// Stores a new API token's hash.
    ///
    /// - Parameters:
    ///   - tokenHash: The SHA-256 (hex) of the token.
    ///   - userID: The account it acts as.
    ///   - label: What it is for.
    ///   - createdAt: When it is made.
    /// - Returns: The stored token (without the secret).
    /// - Throws: ``AccountError`` `.unknownUser`, or the database's error.
    func addAPIToken(tokenHash: String, userID: Int64, label: String, createdAt: Date) async throws -> APIToken
    /// API tokens, revoked ones included, newest first.
    ///
    /// - Parameter userID: Only this account's, or nil for everyone's.
    /// - Returns: The tokens.
    /// - Throws: The database's error.
    func apiTokens(userID: Int64?) async throws -> [APIToken]
    /// Revokes a token of an account; revoking it again keeps the first time.
    ///
    /// - Parameters:
    ///   - id: The token's id.
    ///   - userID: The account that must own it.
    ///   - now: The time of revocation.
    /// - Throws: ``AccountError`` `.unknownToken` when the account has no token with this id.
    func revokeAPIToken(id: Int64, userID: Int64, at now: Date) async throws
    /// The account a valid (not revoked) API token acts as, or nil.
    ///
    /// - Parameter tokenHash: The SHA-256 (hex) of the token.
    /// - Returns: The account, or nil.
    /// - Throws: The database's error.
    func user(apiTokenHash tokenHash: String) async throws -> UserAccount?
}
