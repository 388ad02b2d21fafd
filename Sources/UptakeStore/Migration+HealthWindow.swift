extension Migration {
    /// Version 9: indexes for model health's windowed reads (``ModelHealthStore``).
    ///
    /// Drift reads one model's scores of the last weeks (`model_version`, then a `scored_at_ms` range);
    /// realized performance reads the leads created in a date range, then their scores through
    /// `lead_scores_lead_time`. Without these both scanned the whole table.
    static let healthWindow = Migration(version: 9, name: "model health window indexes") { _ in
        [
            "CREATE INDEX lead_scores_model_time ON lead_scores (model_version, scored_at_ms)",
            "CREATE INDEX leads_created ON leads (created_at_ms)",
        ]
    }
}
