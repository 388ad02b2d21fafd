/// One finished boosting round, as reported to a progress callback.
public struct TrainingProgress: Hashable, Sendable {
    /// The round just trained, from 0.
    public var round: Int
    /// The most rounds training may take.
    public var maxRounds: Int
    /// The validation log loss after this round.
    public var validationLogLoss: Double
    /// The round with the lowest validation log loss so far.
    public var bestRound: Int
    /// Which candidate is training (``ModelCandidate/Kind``).
    public var candidate: ModelCandidate.Kind = .trees
    /// The candidate's position (from 0) among `candidateCount`.
    public var candidateIndex = 0
    /// How many candidates are trained.
    public var candidateCount = 1
    /// Rounds without improvement that end a candidate (0: unknown).
    public var earlyStoppingRounds = 0

    /// The share of the whole training done, for a progress bar: each candidate is an equal part, and a
    /// candidate's part ends at its best round plus `earlyStoppingRounds` (or `maxRounds`), the latest it
    /// can stop if the loss does not improve again.
    public var fraction: Double {
        let expected = earlyStoppingRounds > 0 ? min(maxRounds, bestRound + 1 + earlyStoppingRounds) : maxRounds
        let part = min(1, Double(round + 1) / Double(max(expected, 1)))
        return min(1, (Double(candidateIndex) + part) / Double(max(candidateCount, 1)))
    }
}
