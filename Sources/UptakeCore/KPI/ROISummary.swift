/// The ROI update a digest and the KPI page show: the NPV's distribution summarised.
public struct ROISummary: Hashable, Sendable, Codable {
    /// 10th percentile NPV.
    public var npvP10: Double
    /// Median NPV.
    public var npvP50: Double
    /// 90th percentile NPV.
    public var npvP90: Double
    /// The share of Monte Carlo draws with NPV > 0.
    public var probabilityPositive: Double

    /// Makes a summary.
    ///
    /// - Parameters:
    ///   - npvP10: 10th percentile NPV.
    ///   - npvP50: Median NPV.
    ///   - npvP90: 90th percentile NPV.
    ///   - probabilityPositive: P(NPV > 0).
    public init(npvP10: Double, npvP50: Double, npvP90: Double, probabilityPositive: Double) {
        self.npvP10 = npvP10
        self.npvP50 = npvP50
        self.npvP90 = npvP90
        self.probabilityPositive = probabilityPositive
    }

    /// Summarises a Monte Carlo NPV distribution.
    ///
    /// - Parameter distribution: The ROI simulation's result.
    public init(_ distribution: ROIDistribution) {
        self.init(
            npvP10: distribution.p10, npvP50: distribution.p50, npvP90: distribution.p90,
            probabilityPositive: distribution.probabilityPositive)
    }
}
