import Foundation
import UptakeCore

/// A registered model version, without the model itself.
public struct ModelVersion: Hashable, Sendable {
    /// The id, `m-0001` for the first version.
    public var id: String
    /// The registration order, from 1.
    public var sequence: Int
    /// When it was registered.
    public var createdAt: Date
    /// Trained here or imported.
    public var source: ModelVersionSource
    /// Its holdout metrics, `nil` when it was never evaluated (an import without data to judge it on).
    public var metrics: TrainingMetricsSummary?
    /// How it was trained.
    public var parameters: TrainingConfiguration
    /// What it was trained on.
    public var data: ModelDataSummary
    /// Free text recorded at registration.
    public var note: String?
    /// Whether it is the champion now.
    public var isChampion: Bool

    /// Makes a version record.
    ///
    /// - Parameters:
    ///   - id: The id.
    ///   - sequence: The registration order.
    ///   - createdAt: When it was registered.
    ///   - source: Its source.
    ///   - metrics: Its holdout metrics.
    ///   - parameters: Its training configuration.
    ///   - data: Its training data summary.
    ///   - note: Free text.
    ///   - isChampion: Whether it is the champion.
    public init(
        id: String, sequence: Int, createdAt: Date, source: ModelVersionSource, metrics: TrainingMetricsSummary?,
        parameters: TrainingConfiguration, data: ModelDataSummary, note: String?, isChampion: Bool
    ) {
        self.id = id
        self.sequence = sequence
        self.createdAt = createdAt
        self.source = source
        self.metrics = metrics
        self.parameters = parameters
        self.data = data
        self.note = note
        self.isChampion = isChampion
    }

    /// The id of the `sequence`-th version: `m-` and at least four digits.
    ///
    /// - Parameter sequence: The registration order, from 1.
    /// - Returns: The id.
    public static func id(forSequence sequence: Int) -> String {
        let digits = String(sequence)
        return "m-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
