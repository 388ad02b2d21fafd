/// One reason behind a model's health status, in words, with the status it implies.
public struct HealthFinding: Hashable, Sendable, Codable {
    /// The status this finding alone implies (`.ok` for a note, such as too little data to judge).
    public var severity: ModelHealthStatus
    /// What was found, e.g. "score PSI 0.26 > 0.2".
    public var message: String

    /// Makes a finding.
    ///
    /// - Parameters:
    ///   - severity: The status it implies.
    ///   - message: What was found.
    public init(severity: ModelHealthStatus, message: String) {
        self.severity = severity
        self.message = message
    }
}
