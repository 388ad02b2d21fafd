/// Where a model version came from.
public enum ModelVersionSource: String, Hashable, Sendable, Codable, CaseIterable {
    /// Trained by `uptake train`.
    case trained
    /// Loaded by `uptake model import` (for example from Python's xgboost).
    case imported
}
