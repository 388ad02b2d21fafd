/// The five families of KPIs every page and digest groups by.
public enum KPIArea: String, Hashable, Sendable, Codable, CaseIterable {
    /// How good the model's numbers are: AUC, calibration, drift.
    case model
    /// Whether people use the suggestions: shown, accepted, visited.
    case adoption
    /// What the field produces: visits, conversions, revenue.
    case business
    /// What the pilot measured: uplift with its interval.
    case pilot
    /// What it is worth: NPV and the chance it is positive.
    case roi
    /// Whether the organisation is ready: the pulse's confidence and the executive-vs-front-line gap.
    case readiness
}
