extension Migration {
    /// Version 5: accounts, browser sessions and API tokens for the web app.
    ///
    /// Session and API tokens are stored as their SHA-256 (hex); passwords as bcrypt hashes. No foreign keys,
    /// as in version 1: the repository deletes a user's sessions itself.
    static let webSchema = Migration(version: 5, name: "web users, sessions and API tokens") { kind in
        let types = Types(kind)  // byte-order keys and identity ids, as in version 1
        let key = types.key, identity = types.identity
        return [
            """
            CREATE TABLE users (
                id \(identity),
                name \(key) NOT NULL UNIQUE,
                role TEXT NOT NULL,
                rep_id \(key),
                team TEXT,
                password_hash TEXT,
                created_at_ms BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE web_sessions (
                token_hash TEXT PRIMARY KEY,
                user_id BIGINT NOT NULL,
                csrf_token TEXT NOT NULL,
                created_at_ms BIGINT NOT NULL,
                expires_at_ms BIGINT NOT NULL
            )
            """,
            "CREATE INDEX web_sessions_user ON web_sessions (user_id)",
            "CREATE INDEX web_sessions_expiry ON web_sessions (expires_at_ms)",
            """
            CREATE TABLE api_tokens (
                id \(identity),
                user_id BIGINT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                label TEXT NOT NULL,
                created_at_ms BIGINT NOT NULL,
                revoked_at_ms BIGINT
            )
            """,
            "CREATE INDEX api_tokens_user ON api_tokens (user_id)",
        ]
    }
}
