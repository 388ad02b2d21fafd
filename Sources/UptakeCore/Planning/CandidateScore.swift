/// A lead's score as the planner uses it: a calibrated probability of conversion and the reasons in words.
///
/// The store's scores (the scoring model's output) are mapped to this by the caller.
public struct CandidateScore: Hashable, Sendable, Codable {
    /// Calibrated probability of conversion, 0...1.
    public var probability: Double
    /// Top reasons, strongest first ("Agency size = 12 agents, +0.41").
    public var reasons: [String]

    /// Makes a score.
    ///
    /// - Parameters:
    ///   - probability: Calibrated probability, 0...1.
    ///   - reasons: Reasons in words.
    /// - Throws: `PlanningError` `.invalidRequest` for a probability outside 0...1.
    public init(probability: Double, reasons: [String] = []) throws {
        guard probability.isFinite, (0...1).contains(probability) else {
            throw PlanningError(.invalidRequest, "probability \(probability) is outside 0...1")
        }
        self.probability = probability
        self.reasons = reasons
    }
}
