import Foundation
import HummingbirdBcrypt
import NIOPosix
import UptakeCore
import UptakeStore

/// Account operations shared by the web app and the `uptake user` commands: bcrypt for passwords,
/// SHA-256 for API tokens, checks that a rep or team exists before an account is linked to it.
public struct AccountService: Sendable {
    /// The store.
    public let repository: any UptakeRepository
    /// The bcrypt cost for new hashes.
    public let bcryptCost: UInt8

    /// The shortest password accepted.
    public static let minimumPasswordLength = 8

    /// Makes the service.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - bcryptCost: The bcrypt cost for new hashes (12 by default; tests use 4).
    public init(repository: any UptakeRepository, bcryptCost: UInt8 = 12) {
        self.repository = repository
        self.bcryptCost = bcryptCost
    }

    /// Makes an account, checking that its rep or team exists.
    ///
    /// - Parameters:
    ///   - name: The login name.
    ///   - role: The role.
    ///   - rep: The linked rep, for reps.
    ///   - team: The managed team, for managers.
    ///   - password: The password, or nil for an account that uses API tokens only.
    /// - Returns: The stored account.
    /// - Throws: ``AccountError`` naming what is wrong; nothing is stored then.
    public func addUser(name: String, role: UserRole, rep: RepID?, team: String?, password: String?) async throws
        -> UserAccount
    {
        if let password { try Self.checkPassword(password) }
        let draft = try NewUserAccount(name: name, role: role, rep: rep, team: team)
        if let rep, try await repository.rep(rep) == nil {
            throw AccountError(.invalidAccount, "no rep has id \"\(rep)\" (import or generate reps first)")
        }
        if let team, try await !repository.reps().contains(where: { $0.team == team }) {
            throw AccountError(.invalidAccount, "no rep is in team \"\(team)\"")
        }
        var account = draft
        if let password { account.passwordHash = try await hash(password) }
        return try await repository.addUser(account)
    }

    /// Sets a new password; the account's browser sessions end.
    ///
    /// - Parameters:
    ///   - name: The login name.
    ///   - password: The new password.
    /// - Throws: ``AccountError`` `.unknownUser` or `.invalidAccount` (too short).
    public func setPassword(name: String, password: String) async throws {
        try Self.checkPassword(password)
        let account = try await existingAccount(named: name)
        try await repository.setPasswordHash(try await hash(password), userID: account.id)
    }

    /// Issues an API token for an account; only its hash is stored.
    ///
    /// - Parameters:
    ///   - name: The login name.
    ///   - label: What the token is for.
    /// - Returns: The token's record and the secret, shown once.
    /// - Throws: ``AccountError`` `.unknownUser`.
    public func issueToken(name: String, label: String) async throws -> (token: APIToken, secret: String) {
        let account = try await existingAccount(named: name)
        let secret = SecretToken.generate(prefix: "upt_")
        let token = try await repository.addAPIToken(
            tokenHash: SecretToken.sha256Hex(secret), userID: account.id, label: label, createdAt: Date())
        return (token, secret)
    }

    /// Revokes one of an account's API tokens.
    ///
    /// - Parameters:
    ///   - name: The login name.
    ///   - id: The token's id.
    /// - Throws: ``AccountError`` `.unknownUser` or `.unknownToken`.
    public func revokeToken(name: String, id: Int64) async throws {
        let account = try await existingAccount(named: name)
        try await repository.revokeAPIToken(id: id, userID: account.id, at: Date())
    }

    /// Checks a name and password; the account when they match.
    ///
    /// An unknown name still costs one bcrypt verification, so timing does not tell which names exist.
    ///
    /// - Parameters:
    ///   - name: The login name.
    ///   - password: The password.
    /// - Returns: The account, or nil.
    /// - Throws: The database's error.
    public func verify(name: String, password: String) async throws -> UserAccount? {
        let account = try await repository.user(named: name)
        var stored: String?
        if let account { stored = try await repository.passwordHash(userID: account.id) }
        let hash = stored ?? Self.decoyHash
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
        return matches && stored != nil ? account : nil
    }

    /// The account with this name, or ``AccountError`` `.unknownUser`.
    private func existingAccount(named name: String) async throws -> UserAccount {
        guard let account = try await repository.user(named: name) else {
            throw AccountError(.unknownUser, "no user is named \"\(name)\"")
        }
        return account
    }

    /// Hashes off the concurrency pool: bcrypt is deliberately slow.
    private func hash(_ password: String) async throws -> String {
        let cost = bcryptCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Refuses passwords shorter than ``minimumPasswordLength``.
    static func checkPassword(_ password: String) throws {
        guard password.count >= minimumPasswordLength else {
            throw AccountError(
                .invalidAccount, "the password must have at least \(minimumPasswordLength) characters")
        }
    }

    /// A valid bcrypt hash of no one's password, verified against when the user is unknown.
    private static let decoyHash = Bcrypt.hash("uptake-decoy-password", cost: 10)
}
