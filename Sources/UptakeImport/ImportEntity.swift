/// What a file holds: which domain values it becomes, and our canonical column names for them.
public enum ImportEntity: String, Sendable, Codable, CaseIterable {
    case leads, reps, appointments, visits, conversions

    /// Canonical fields that must have a value in every row (from a column or a mapping default).
    public var requiredFields: [String] {
        switch self {
        case .leads: ["id", "name", "latitude", "longitude", "created_at"]
        case .reps:
            ["id", "name", "email", "team", "start_latitude", "start_longitude", "shift_start", "shift_end",
             "time_zone"]
        case .appointments: ["id", "rep", "start", "end"]
        case .visits: ["id", "rep", "lead", "time"]
        case .conversions: ["id", "lead", "date", "value"]
        }
    }

    /// Canonical fields that may be absent or empty.
    public var optionalFields: [String] {
        switch self {
        case .leads: ["tier", "expected_value", "owner", "opening_hours"]
        case .reps: ["end_latitude", "end_longitude"]
        case .appointments: ["lead", "latitude", "longitude", "title"]
        case .visits: ["note"]
        case .conversions: []
        }
    }

    /// Every canonical field, required first.
    public var fields: [String] { requiredFields + optionalFields }

    /// Whether columns that no field maps become attributes (leads only).
    public var keepsExtraColumnsAsAttributes: Bool { self == .leads }
}
