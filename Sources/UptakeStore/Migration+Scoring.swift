extension Migration {
    /// Version 2: the model registry (versions, promotions) and the append-only lead score history, with
    /// a per-lead copy of the latest score so that `latestScores(for:)` is one primary-key lookup per lead.
    static let scoring = Migration(version: 2, name: "model registry and lead scores") { kind in
        let types = Types(kind)  // byte-order keys and identity ids, as in version 1
        let key = types.key, identity = types.identity
        // The history and the latest-score copy hold the same columns after their keys.
        let scoreColumns = """
            model_version \(key) NOT NULL, scored_at_ms BIGINT NOT NULL, probability DOUBLE PRECISION, \
            score BIGINT NOT NULL, tier TEXT NOT NULL, reasons TEXT NOT NULL
            """
        return [
            """
            CREATE TABLE model_versions (
                id \(key) PRIMARY KEY,
                sequence BIGINT NOT NULL UNIQUE,
                created_at_ms BIGINT NOT NULL,
                source TEXT NOT NULL,
                model_json TEXT NOT NULL,
                metrics_json TEXT,
                parameters_json TEXT NOT NULL,
                data_rows BIGINT NOT NULL,
                data_positive_rate DOUBLE PRECISION NOT NULL,
                data_first_ms BIGINT,
                data_last_ms BIGINT,
                data_hash TEXT NOT NULL,
                note TEXT
            )
            """,
            """
            CREATE TABLE model_promotions (
                id \(identity),
                model_version \(key) NOT NULL,
                promoted_at_ms BIGINT NOT NULL,
                promoted_by TEXT NOT NULL,
                forced BIGINT NOT NULL,
                reason TEXT NOT NULL,
                previous_champion \(key)
            )
            """,
            "CREATE TABLE lead_scores (id \(identity), lead_id \(key) NOT NULL, \(scoreColumns))",
            "CREATE INDEX lead_scores_lead_time ON lead_scores (lead_id, scored_at_ms)",
            "CREATE TABLE lead_latest_scores (lead_id \(key) PRIMARY KEY, \(scoreColumns))",
        ]
    }
}
