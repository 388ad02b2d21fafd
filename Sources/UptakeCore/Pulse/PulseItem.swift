/// The 5-point items of the readiness pulse (1 = strongly disagree … 5 = strongly agree).
public enum PulseItem: String, Hashable, Sendable, Codable, CaseIterable {
    /// Confidence that the model will deliver.
    case confidence
    /// Trust in the model's numbers.
    case trust
    /// Clarity of the goals.
    case goalClarity = "goal_clarity"
    /// Training received.
    case training

    /// The statement respondents rate.
    public var statement: String {
        switch self {
        case .confidence: "I am confident the lead-scoring model will deliver results for us."
        case .trust: "I trust the numbers the model and its reports show."
        case .goalClarity: "The goals of using the model are clear to me."
        case .training: "I have received the training I need to use it."
        }
    }

    /// A short label for tables ("Confidence", "Goal clarity").
    public var label: String {
        switch self {
        case .confidence: "Confidence"
        case .trust: "Trust"
        case .goalClarity: "Goal clarity"
        case .training: "Training"
        }
    }
}
