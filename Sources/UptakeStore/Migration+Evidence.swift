extension Migration {
    /// Version 4: the suggestion ledger and pilots.
    ///
    /// `ledger_events` is append-only: the repository has no update or delete for it, and triggers refuse
    /// both on either database, so a correction can only be a new event (`supersedes`). `seq` is the
    /// recording order, which decides corrections and ties. `pilots.design` is the ``PilotDesign`` JSON;
    /// `plan_hash` is set once, when the pilot starts. `pilot_assignments` repeats each rep's arm from the
    /// design so that the planner's arm lookup is one indexed query.
    static let evidence = Migration(version: 4, name: "ledger and pilots") { kind in
        let types = Types(kind)  // byte-order keys and identity ids, as in version 1
        let key = types.key, identity = types.identity
        var statements = [
            """
            CREATE TABLE ledger_events (
                seq \(identity),
                id \(key) NOT NULL UNIQUE,
                suggestion_id \(key) NOT NULL,
                rep_id \(key) NOT NULL,
                lead_id \(key) NOT NULL,
                kind TEXT NOT NULL,
                occurred_at_ms BIGINT NOT NULL,
                recorded_at_ms BIGINT NOT NULL,
                reason TEXT,
                note TEXT,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                distance_m DOUBLE PRECISION,
                value DOUBLE PRECISION,
                supersedes \(key)
            )
            """,
            "CREATE INDEX ledger_events_suggestion ON ledger_events (suggestion_id)",
            "CREATE INDEX ledger_events_rep_time ON ledger_events (rep_id, occurred_at_ms)",
            "CREATE INDEX ledger_events_time ON ledger_events (occurred_at_ms)",
            """
            CREATE TABLE pilots (
                id \(key) PRIMARY KEY,
                status TEXT NOT NULL,
                design TEXT NOT NULL,
                plan_hash TEXT,
                starts_at_ms BIGINT NOT NULL,
                ends_at_ms BIGINT NOT NULL,
                created_at_ms BIGINT NOT NULL,
                started_at_ms BIGINT,
                finished_at_ms BIGINT
            )
            """,
            """
            CREATE TABLE pilot_assignments (
                pilot_id \(key) NOT NULL,
                rep_id \(key) NOT NULL,
                arm TEXT NOT NULL,
                stratum TEXT NOT NULL,
                PRIMARY KEY (pilot_id, rep_id)
            )
            """,
            "CREATE INDEX pilot_assignments_rep ON pilot_assignments (rep_id)",
        ]
        switch kind {
        case .sqlite:
            for action in ["UPDATE", "DELETE"] {
                statements.append("""
                    CREATE TRIGGER ledger_events_no_\(action.lowercased()) BEFORE \(action) ON ledger_events
                    BEGIN SELECT RAISE(ABORT, 'ledger_events is append-only'); END
                    """)
            }
        case .postgres:
            statements += [
                """
                CREATE FUNCTION uptake_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'ledger_events is append-only'; END $$
                """,
                """
                CREATE TRIGGER ledger_events_append_only BEFORE UPDATE OR DELETE ON ledger_events
                FOR EACH ROW EXECUTE FUNCTION uptake_ledger_append_only()
                """,
            ]
        }
        return statements
    }
}
