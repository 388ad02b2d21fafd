/// How far one column's (or the score's) current distribution has moved from its reference.
public struct FeatureDrift: Hashable, Sendable, Codable {
    /// The PSI above which a distribution counts as drifted (the conventional "significant shift").
    public static let flagThreshold = 0.2

    /// The column's name.
    public var name: String
    /// The population stability index against the reference.
    public var psi: Double
    /// The current shares per bin, floored as the reference's are.
    public var currentShares: [Double]
    /// The current rows.
    public var currentCount: Int

    /// Makes a drift value.
    ///
    /// - Parameters:
    ///   - name: The column's name.
    ///   - psi: The index.
    ///   - currentShares: The current shares per bin.
    ///   - currentCount: The current rows.
    public init(name: String, psi: Double, currentShares: [Double], currentCount: Int) {
        self.name = name
        self.psi = psi
        self.currentShares = currentShares
        self.currentCount = currentCount
    }

    /// Whether the PSI exceeds ``flagThreshold`` (0.2).
    public var isDrifted: Bool { psi > Self.flagThreshold }
}
