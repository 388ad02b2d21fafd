import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    /// The columns an account is read from.
    static let userColumns = ["id", "name", "role", "rep_id", "team", "created_at_ms"]

    public func addUser(_ account: NewUserAccount) async throws -> UserAccount {
        try await withinTransaction { database in
            if try await user(named: account.name) != nil {
                throw AccountError(.nameTaken, "a user named \"\(account.name)\" already exists")
            }
            let id = try await database.insert(into: "users")
                .columns("name", "role", "rep_id", "team", "password_hash", "created_at_ms")
                .values(
                    SQLBind(account.name), SQLBind(account.role.rawValue), SQLBind(account.rep?.rawValue),
                    SQLBind(account.team), SQLBind(account.passwordHash),
                    SQLBind(StoredDate.milliseconds(account.createdAt)))
                .returning("id")
                .first(decodingColumn: "id", as: Int64.self)
            guard let id else { throw StoreError(.corruptRow, "inserting user \(account.name) returned no id") }
            return UserAccount(
                id: id, name: account.name, role: account.role, rep: account.rep, team: account.team,
                createdAt: StoredDate.date(StoredDate.milliseconds(account.createdAt)))
        }
    }

    public func user(named name: String) async throws -> UserAccount? {
        try await fetchUsers { $0.where("name", .equal, name) }.first
    }

    public func user(id: Int64) async throws -> UserAccount? {
        try await fetchUsers { $0.where("id", .equal, id) }.first
    }

    public func users() async throws -> [UserAccount] {
        try await fetchUsers { $0.orderBy("name") }
    }

    public func passwordHash(userID: Int64) async throws -> String? {
        try await withDatabase { database in
            guard let row = try await database.select().column("password_hash").from("users")
                .where("id", .equal, userID).first()
            else { return nil }
            return try RowReader(table: "users", row: row).optional("password_hash", as: String.self)
        }
    }

    public func setPasswordHash(_ hash: String, userID: Int64) async throws {
        try await withinTransaction { database in
            guard try await user(id: userID) != nil else {
                throw AccountError(.unknownUser, "no user has id \(userID)")
            }
            try await database.update("users").set("password_hash", to: SQLBind(hash))
                .where("id", .equal, userID).run()
            // A new password ends every signed-in browser: whoever knew the old one is out.
            try await database.delete(from: "web_sessions").where("user_id", .equal, userID).run()
        }
    }

    public func addSession(_ session: WebSession) async throws {
        try await withDatabase { database in
            try await database.insert(into: "web_sessions")
                .columns("token_hash", "user_id", "csrf_token", "created_at_ms", "expires_at_ms")
                .values(
                    SQLBind(session.tokenHash), SQLBind(session.userID), SQLBind(session.csrfToken),
                    SQLBind(StoredDate.milliseconds(session.createdAt)),
                    SQLBind(StoredDate.milliseconds(session.expiresAt)))
                .run()
        }
    }

    public func session(tokenHash: String, at now: Date) async throws -> (session: WebSession, user: UserAccount)? {
        // One query per request: the session joined to its account (and its rep, which this caller drops).
        guard let found = try await signedIn(sessionTokenHash: tokenHash, at: now), let session = found.session
        else { return nil }
        return (session, found.account)
    }

    public func removeSession(tokenHash: String) async throws {
        try await withDatabase { database in
            try await database.delete(from: "web_sessions").where("token_hash", .equal, tokenHash).run()
        }
    }

    public func removeExpiredSessions(at now: Date) async throws -> Int {
        try await withinTransaction { database in
            let cutoff = StoredDate.milliseconds(now)
            let count = try await database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from("web_sessions").where("expires_at_ms", .lessThanOrEqual, cutoff)
                .first(decodingColumn: "n", as: Int.self) ?? 0
            try await database.delete(from: "web_sessions").where("expires_at_ms", .lessThanOrEqual, cutoff).run()
            return count
        }
    }

    public func addAPIToken(tokenHash: String, userID: Int64, label: String, createdAt: Date) async throws -> APIToken {
        try await withinTransaction { database in
            guard try await user(id: userID) != nil else {
                throw AccountError(.unknownUser, "no user has id \(userID)")
            }
            let id = try await database.insert(into: "api_tokens")
                .columns("user_id", "token_hash", "label", "created_at_ms")
                .values(SQLBind(userID), SQLBind(tokenHash), SQLBind(label),
                        SQLBind(StoredDate.milliseconds(createdAt)))
                .returning("id")
                .first(decodingColumn: "id", as: Int64.self)
            guard let id else { throw StoreError(.corruptRow, "inserting an API token returned no id") }
            return APIToken(
                id: id, userID: userID, label: label, createdAt: StoredDate.date(StoredDate.milliseconds(createdAt)))
        }
    }

    public func apiTokens(userID: Int64?) async throws -> [APIToken] {
        try await withDatabase { database in
            let select = database.select()
                .columns("id", "user_id", "label", "created_at_ms", "revoked_at_ms").from("api_tokens")
            if let userID { select.where("user_id", .equal, userID) }
            return try await select.orderBy("created_at_ms", .descending).orderBy("id", .descending).all().map { row in
                let reader = RowReader(table: "api_tokens", row: row)
                return APIToken(
                    id: try reader("id"), userID: try reader("user_id"), label: try reader("label"),
                    createdAt: StoredDate.date(try reader("created_at_ms")),
                    revokedAt: try reader.optional("revoked_at_ms", as: Int64.self).map(StoredDate.date))
            }
        }
    }

    public func revokeAPIToken(id: Int64, userID: Int64, at now: Date) async throws {
        try await withinTransaction { database in
            let owned = try await database.select().column("id").from("api_tokens")
                .where("id", .equal, id).where("user_id", .equal, userID).first()
            guard owned != nil else {
                throw AccountError(.unknownToken, "user \(userID) has no API token with id \(id)")
            }
            try await database.update("api_tokens").set("revoked_at_ms", to: SQLBind(StoredDate.milliseconds(now)))
                .where("id", .equal, id).where("revoked_at_ms", .is, SQLLiteral.null).run()
        }
    }

    public func user(apiTokenHash tokenHash: String) async throws -> UserAccount? {
        try await signedIn(apiTokenHash: tokenHash)?.account
    }

    /// Reads accounts selected by `build`.
    private func fetchUsers(_ build: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [UserAccount] {
        try await withDatabase { database in
            let select = database.select().columns(Self.userColumns).from("users")
            return try await build(select).all().map(Self.account(from:))
        }
    }

    /// An account from a row holding ``userColumns``.
    static func account(from row: any SQLRow) throws -> UserAccount {
        let reader = RowReader(table: "users", row: row)
        let roleName: String = try reader("role")
        guard let role = UserRole(rawValue: roleName) else {
            throw StoreError(.corruptRow, "users.role \"\(roleName)\" is not a role")
        }
        return UserAccount(
            id: try reader("id"), name: try reader("name"), role: role,
            rep: try reader.optional("rep_id", as: String.self).map { RepID($0) },
            team: try reader.optional("team", as: String.self),
            createdAt: StoredDate.date(try reader("created_at_ms")))
    }
}
