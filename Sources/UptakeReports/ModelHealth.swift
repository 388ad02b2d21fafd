import Foundation
import UptakeCore

/// A stored model's health at a date: which version, over which window, and the report (status, reasons,
/// drift, realized performance), as `uptake model health`, the digest and the pages show it.
public struct ModelHealth: Hashable, Sendable, Codable {
    /// The model version judged (`m-0001`).
    public var modelVersion: String
    /// The date the health is read at.
    public var asOf: Date
    /// Drift compares the leads scored in the `windowDays` days before `asOf`.
    public var windowDays: Int
    /// When the model was trained (its reference date): realized performance is on leads resolved since.
    public var trainedAsOf: Date
    /// Whether the model carries a feature profile (models trained before profiles, or imported, do not).
    public var hasProfile: Bool
    /// The assessment.
    public var report: ModelHealthReport

    /// Makes a reading.
    ///
    /// - Parameters:
    ///   - modelVersion: The version.
    ///   - asOf: The date read at.
    ///   - windowDays: The drift window in days.
    ///   - trainedAsOf: The model's reference date.
    ///   - hasProfile: Whether the model has a feature profile.
    ///   - report: The assessment.
    public init(
        modelVersion: String, asOf: Date, windowDays: Int, trainedAsOf: Date, hasProfile: Bool,
        report: ModelHealthReport
    ) {
        self.modelVersion = modelVersion
        self.asOf = asOf
        self.windowDays = windowDays
        self.trainedAsOf = trainedAsOf
        self.hasProfile = hasProfile
        self.report = report
    }

    enum CodingKeys: String, CodingKey {
        case modelVersion = "model_version", asOf = "as_of", windowDays = "window_days"
        case trainedAsOf = "trained_as_of", hasProfile = "has_profile", report
    }
}
