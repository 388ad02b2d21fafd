import UptakeCore
import UptakeStore

extension PlanCommand {
    /// The per-lead scores the planner values candidates with: calibrated probability and reasons.
    ///
    /// The one place where stored model scores reach the planner. Until the scoring store is merged this
    /// returns no scores, so candidates are valued by --value-column or the tier prior (and the output says
    /// so); wiring it is one call: `try await repository.latestScores(for: leads.map(\.id))`, mapped to
    /// `CandidateScore(probability:reasons:)`.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - leads: The leads that may become candidates.
    /// - Returns: Scores by lead (empty when no model has scored them).
    /// - Throws: The store's error.
    static func candidateScores(repository: any UptakeRepository, leads: [Lead]) async throws -> [LeadID: CandidateScore] {
        [:]
    }
}
