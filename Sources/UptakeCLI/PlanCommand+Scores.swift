import UptakeCore
import UptakeStore

extension PlanCommand {
    /// The per-lead scores the planner values candidates with: the latest calibrated probability of each lead
    /// and its reasons raising the chance, from `uptake score` (the one place stored scores reach the planner).
    ///
    /// Leads scored by the rules scorer (no probability) are left out, so they are valued by --value-column or
    /// the tier prior, and the output says which source was used.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - leads: The leads that may become candidates.
    /// - Returns: Scores by lead (empty when no model has scored them).
    /// - Throws: The store's error, or a stored probability outside [0, 1].
    static func candidateScores(repository: any UptakeRepository, leads: [Lead]) async throws -> [LeadID: CandidateScore] {
        let stored = try await repository.latestScores(for: leads.map(\.id))
        var scores: [LeadID: CandidateScore] = [:]
        for (lead, score) in stored {
            guard let probability = score.probability else { continue }
            scores[lead] = try CandidateScore(probability: probability, reasons: score.positiveReasons.map(\.text))
        }
        return scores
    }
}
