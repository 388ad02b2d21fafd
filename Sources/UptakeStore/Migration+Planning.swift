extension Migration {
    /// Version 3: stored day plans and their suggestions (``PlanStore``).
    ///
    /// `plan_date` is the day as `YYYY-MM-DD` text, which sorts like the days. Booleans are 0/1 integers on
    /// both databases. A plan is current while `superseded_by` is null; the partial unique index keeps at most
    /// one current plan per rep and day even when two planners save at once (the second one fails).
    /// Suggestions copy their plan's `superseded` flag so the ledger's queries need no join.
    static let planning = Migration(version: 3, name: "plans and suggestions") { kind in
        let key = Types(kind).key
        return [
            """
            CREATE TABLE plans (
                id \(key) PRIMARY KEY,
                rep_id \(key) NOT NULL,
                plan_date \(key) NOT NULL,
                created_at_ms BIGINT NOT NULL,
                seed BIGINT NOT NULL,
                travel_model TEXT NOT NULL,
                summary TEXT NOT NULL,
                plan_json TEXT NOT NULL,
                shown INTEGER NOT NULL,
                superseded_by \(key),
                superseded_at_ms BIGINT
            )
            """,
            "CREATE INDEX plans_rep_date ON plans (rep_id, plan_date)",
            "CREATE INDEX plans_date ON plans (plan_date)",
            "CREATE UNIQUE INDEX plans_current ON plans (rep_id, plan_date) WHERE superseded_by IS NULL",
            """
            CREATE TABLE suggestions (
                id \(key) PRIMARY KEY,
                plan_id \(key) NOT NULL,
                rep_id \(key) NOT NULL,
                lead_id \(key) NOT NULL,
                plan_date \(key) NOT NULL,
                position INTEGER NOT NULL,
                planned_arrival_ms BIGINT NOT NULL,
                value DOUBLE PRECISION NOT NULL,
                probability DOUBLE PRECISION,
                explanation TEXT NOT NULL,
                explanation_data TEXT NOT NULL,
                shown INTEGER NOT NULL,
                superseded INTEGER NOT NULL,
                created_at_ms BIGINT NOT NULL
            )
            """,
            "CREATE INDEX suggestions_plan ON suggestions (plan_id, position)",
            "CREATE INDEX suggestions_date_rep ON suggestions (plan_date, rep_id)",
            "CREATE INDEX suggestions_rep_date ON suggestions (rep_id, plan_date)",
            "CREATE INDEX suggestions_lead ON suggestions (lead_id)",
        ]
    }
}
