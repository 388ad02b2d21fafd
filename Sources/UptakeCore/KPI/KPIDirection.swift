/// Which way a KPI should move.
public enum KPIDirection: String, Hashable, Sendable, Codable {
    /// More is better (AUC, acceptance rate, revenue).
    case higherIsBetter
    /// Less is better (calibration error, drift).
    case lowerIsBetter
}
