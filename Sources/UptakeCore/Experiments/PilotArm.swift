/// The arm of a pilot a rep was randomized to.
public enum PilotArm: String, Hashable, Sendable, Codable, CaseIterable {
    /// Reps who get the suggestions.
    case treatment
    /// Reps who work as before.
    case control
}
