import Foundation

/// One run of a pulse survey: which template, when it opened, whether its answers are simulated.
public struct PulseSurvey: Hashable, Sendable, Codable, Identifiable {
    /// A stable key, e.g. "readiness-2026-11".
    public var id: String
    /// The template's id.
    public var templateID: String
    /// The title shown with results ("SIMULATED" in it for demo surveys).
    public var title: String
    /// When it opened.
    public var openedAt: Date
    /// Whether this survey holds simulated answers for a demo.
    public var isSimulated: Bool

    /// Makes a survey.
    ///
    /// - Parameters:
    ///   - id: A stable key.
    ///   - templateID: The template's id.
    ///   - title: The title.
    ///   - openedAt: When it opened.
    ///   - isSimulated: Whether it is simulated.
    public init(id: String, templateID: String, title: String, openedAt: Date, isSimulated: Bool) {
        self.id = id
        self.templateID = templateID
        self.title = title
        self.openedAt = openedAt
        self.isSimulated = isSimulated
    }
}
