import Foundation

/// One change of champion: who made which version champion, when, and whether the rule was overridden.
public struct ModelPromotion: Hashable, Sendable, Codable {
    /// The version promoted.
    public var modelVersion: String
    /// When.
    public var promotedAt: Date
    /// Who (a name, or `uptake` for the automatic first promotion).
    public var promotedBy: String
    /// Whether `--force` overrode a refusal.
    public var forced: Bool
    /// Why (the rule's verdict, or "first model").
    public var reason: String
    /// The champion it replaced, if any.
    public var previousChampion: String?

    /// Makes a promotion record.
    ///
    /// - Parameters:
    ///   - modelVersion: The version promoted.
    ///   - promotedAt: When.
    ///   - promotedBy: Who.
    ///   - forced: Whether the rule was overridden.
    ///   - reason: Why.
    ///   - previousChampion: The champion replaced.
    public init(
        modelVersion: String, promotedAt: Date, promotedBy: String, forced: Bool, reason: String,
        previousChampion: String?
    ) {
        self.modelVersion = modelVersion
        self.promotedAt = promotedAt
        self.promotedBy = promotedBy
        self.forced = forced
        self.reason = reason
        self.previousChampion = previousChampion
    }
}
