/// The drift of every profiled column and of the score between a model's training data and recent leads.
public struct DriftReport: Hashable, Sendable, Codable {
    /// Per input column, in profile order.
    public var features: [FeatureDrift]
    /// The drift of the model's probability.
    public var score: FeatureDrift
    /// The recent rows compared.
    public var currentRowCount: Int

    /// Makes a report.
    ///
    /// - Parameters:
    ///   - features: Per-column drift.
    ///   - score: The score's drift.
    ///   - currentRowCount: The recent rows compared.
    public init(features: [FeatureDrift], score: FeatureDrift, currentRowCount: Int) {
        self.features = features
        self.score = score
        self.currentRowCount = currentRowCount
    }

    /// The columns whose PSI exceeds 0.2, largest first.
    public var driftedFeatures: [FeatureDrift] {
        features.filter(\.isDrifted).sorted { $0.psi > $1.psi }
    }

    /// The largest column PSI, or nil with no profiled columns.
    public var maximumFeaturePSI: Double? { features.map(\.psi).max() }
}
