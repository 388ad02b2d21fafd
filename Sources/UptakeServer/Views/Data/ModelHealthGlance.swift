import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// The champion model's health at a glance, as UptakeReports computes it for `uptake model health`: status,
/// findings, drift of the score and the inputs over the last 28 days, realized AUC and calibration.
struct ModelHealthGlance: Codable, Sendable, Equatable {
    var model: String
    /// `ok`, `watch` or `alert`.
    var status: String
    var findings: [String]
    var windowDays: Int
    /// PSI of the score's distribution, recent against training, when scores exist in the window.
    var scorePSI: Double?
    /// The largest input PSI.
    var maximumFeaturePSI: Double?
    var driftedFeatures: [String]
    /// Realized performance on the leads whose outcome window closed since training.
    var realizedAUC: Double?
    var realizedECE: Double?
    var realizedCount: Int?
    var holdoutAUC: Double?

    /// Loads the champion's health, or says why there is none.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - now: The date of the health check.
    /// - Returns: The glance, or nil with a note.
    /// - Throws: The database's error.
    static func load(repository: any UptakeRepository, now: Date) async throws -> (ModelHealthGlance?, String?) {
        let (reading, note) = try await ModelHealthDetail.reading(repository: repository, now: now)
        guard let health = reading else { return (nil, note) }
        let report = health.report
        func rounded(_ value: Double?) -> Double? { value.map(PilotResult.rounded) }
        return (ModelHealthGlance(
            model: health.modelVersion, status: report.status.rawValue, findings: report.findings.map(\.message),
            windowDays: health.windowDays, scorePSI: rounded(report.drift?.score.psi),
            maximumFeaturePSI: rounded(report.drift?.maximumFeaturePSI),
            driftedFeatures: report.drift?.driftedFeatures.map(\.name) ?? [],
            realizedAUC: rounded(report.realized?.rocAUC), realizedECE: rounded(report.realized?.expectedCalibrationError),
            realizedCount: report.realized?.count, holdoutAUC: rounded(report.holdoutAUC)), nil)
    }
}
