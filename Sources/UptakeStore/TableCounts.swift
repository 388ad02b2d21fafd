/// Row counts per table, as `uptake status --json` prints them.
public struct TableCounts: Hashable, Sendable, Codable {
    /// Stored reps.
    public var reps: Int
    /// Stored leads.
    public var leads: Int
    /// Stored appointments.
    public var appointments: Int
    /// Stored visits.
    public var visits: Int
    /// Stored conversions.
    public var conversions: Int
    /// Recorded import runs.
    public var imports: Int

    /// Makes counts.
    ///
    /// - Parameters:
    ///   - reps: Stored reps.
    ///   - leads: Stored leads.
    ///   - appointments: Stored appointments.
    ///   - visits: Stored visits.
    ///   - conversions: Stored conversions.
    ///   - imports: Recorded import runs.
    public init(reps: Int = 0, leads: Int = 0, appointments: Int = 0, visits: Int = 0, conversions: Int = 0,
                imports: Int = 0) {
        self.reps = reps
        self.leads = leads
        self.appointments = appointments
        self.visits = visits
        self.conversions = conversions
        self.imports = imports
    }
}
