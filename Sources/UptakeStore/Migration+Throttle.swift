extension Migration {
    /// Version 7: failed sign-ins, so that every server process on one database counts them together.
    ///
    /// One row per failure and throttle key (`user:<name>` or `ip:<address>`). Rows older than the window are
    /// pruned as failures are recorded; the time index serves that delete, the key index the counts.
    static let throttle = Migration(version: 7, name: "sign-in throttle") { kind in
        let types = Types(kind)  // byte-order keys and identity ids, as in version 1
        return [
            """
            CREATE TABLE login_failures (
                id \(types.identity),
                throttle_key \(types.key) NOT NULL,
                failed_at_ms BIGINT NOT NULL
            )
            """,
            "CREATE INDEX login_failures_key_time ON login_failures (throttle_key, failed_at_ms)",
            "CREATE INDEX login_failures_time ON login_failures (failed_at_ms)",
        ]
    }
}
