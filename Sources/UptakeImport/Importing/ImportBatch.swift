import UptakeCore

/// One batch of imported values, for ``CSVImporter/importFile(_:from:into:)``.
public enum ImportBatch: Sendable {
    /// Leads, from `importLeads`.
    case leads([Lead])
    /// Reps, from `importReps`.
    case reps([Rep])
    /// Appointments, from CSV or iCalendar.
    case appointments([Appointment])
    /// Visits.
    case visits([Visit])
    /// Conversions.
    case conversions([Conversion])

    /// How many values the batch holds.
    public var count: Int {
        switch self {
        case .leads(let values): values.count
        case .reps(let values): values.count
        case .appointments(let values): values.count
        case .visits(let values): values.count
        case .conversions(let values): values.count
        }
    }
}
