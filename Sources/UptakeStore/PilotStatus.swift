/// Where a pilot is in its life: designed, running, or over.
public enum PilotStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Designed; may still be re-designed (``LedgerStore/savePilotDraft(_:)`` replaces it).
    case draft
    /// Started: the plan is frozen and its hash stored; nothing about it can change.
    case running
    /// Over: the horizon has passed and the pilot was closed.
    case finished
}
