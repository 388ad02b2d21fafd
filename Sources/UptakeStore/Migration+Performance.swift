extension Migration {
    /// Version 8: an index for "a rep's appointments overlapping a day" (My day, the plan API, the planner).
    ///
    /// `appointments_rep_start (rep_id, starts_at_ms)` answers `starts_at_ms < end of day` by reading the rep's
    /// whole past calendar (1,645 rows for a demo rep, more every week). An appointment never ends before it
    /// starts, so one overlapping the day also ends at or after its start: `(rep_id, ends_at_ms)` reads only
    /// the appointments that have not ended before the day, a handful (``SQLRepository`` adds that bound).
    static let performance = Migration(version: 8, name: "appointments by rep and end") { _ in
        ["CREATE INDEX appointments_rep_end ON appointments (rep_id, ends_at_ms)"]
    }
}
