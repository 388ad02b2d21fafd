/// Where a candidate's value came from: its calibrated score, a numeric lead attribute, or the tier prior.
///
/// Plans and explanations say which one was used, so a rep or analyst can tell a scored suggestion from a
/// rule-of-thumb one.
public enum CandidateValueSource: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Calibrated probability (from the scoring model) × expected deal value.
    case scores
    /// A numeric lead attribute taken as the value itself (e.g. a CRM "potential" column).
    case column(String)
    /// The documented prior conversion probability of the lead's tier × expected deal value
    /// (`CandidateOptions.tierPriors`).
    case tierPrior

    /// In words, e.g. `calibrated scores`, `lead attribute "potential"`, `tier prior`.
    public var description: String {
        switch self {
        case .scores: "calibrated scores"
        case .column(let name): "lead attribute \"\(name)\""
        case .tierPrior: "tier prior"
        }
    }
}
