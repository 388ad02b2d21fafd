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
}
