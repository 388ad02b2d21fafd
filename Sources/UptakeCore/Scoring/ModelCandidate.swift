/// A model `ModelTrainer` considered, with the validation log loss that decided between candidates.
public struct ModelCandidate: Hashable, Sendable, Codable {
    /// The kinds of candidate.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Boosted trees from XGBoost's base score.
        case trees
        /// Boosted trees from a logistic regression's log-odds (``LinearBase``).
        case treesOnLinearBase = "trees-on-linear-base"

        /// The kind in words.
        public var label: String {
            switch self {
            case .trees: "trees"
            case .treesOnLinearBase: "trees on a logistic base"
            }
        }
    }

    /// What was trained.
    public var kind: Kind
    /// The lowest validation log loss (uncalibrated), at `bestRound`.
    public var validationLogLoss: Double
    /// The best round, from 0.
    public var bestRound: Int
    /// Whether this candidate became the model.
    public var chosen: Bool

    /// Makes a candidate's record.
    ///
    /// - Parameters:
    ///   - kind: What was trained.
    ///   - validationLogLoss: Its best validation log loss.
    ///   - bestRound: Its best round.
    ///   - chosen: Whether it became the model.
    public init(kind: Kind, validationLogLoss: Double, bestRound: Int, chosen: Bool) {
        self.kind = kind
        self.validationLogLoss = validationLogLoss
        self.bestRound = bestRound
        self.chosen = chosen
    }
}
