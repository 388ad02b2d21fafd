/// A pulse survey's questions: 5-point items and an optional free-text comment.
public struct PulseSurveyTemplate: Hashable, Sendable, Codable, Identifiable {
    /// A stable key.
    public var id: String
    /// The title respondents see.
    public var title: String
    /// The rated items, in order.
    public var items: [PulseItem]
    /// The prompt for the free-text comment.
    public var commentPrompt: String

    /// Makes a template.
    ///
    /// - Parameters:
    ///   - id: A stable key.
    ///   - title: The title.
    ///   - items: The rated items.
    ///   - commentPrompt: The free-text prompt.
    public init(id: String, title: String, items: [PulseItem], commentPrompt: String) {
        self.id = id
        self.title = title
        self.items = items
        self.commentPrompt = commentPrompt
    }

    /// The readiness pulse: confidence, trust, goal clarity, training, and a comment.
    public static let readiness = PulseSurveyTemplate(
        id: "readiness-v1", title: "Readiness pulse",
        items: PulseItem.allCases,
        commentPrompt: "Anything else? (optional; do not include names)")
}
