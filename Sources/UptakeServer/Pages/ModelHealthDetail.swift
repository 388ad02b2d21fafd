import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// A model's health in full for the analyst: what the Shared KPIs page shows at a glance (status, findings,
/// score PSI, realized AUC and calibration) plus every input's PSI, from the same ``ModelHealthLoader`` so
/// that the numbers equal the KPI page's and `uptake model health`'s.
struct ModelHealthDetail: Codable, Sendable {
    /// One input's drift as the table prints it.
    struct FeatureRow: Codable, Sendable, Equatable {
        var name: String
        var psi: String
        /// Above the flag line (``FeatureDrift/flagThreshold``).
        var drifted: Bool
    }

    /// The drift chart's data for app.js: each input's PSI, largest first, and the flag line.
    struct DriftChart: Codable, Sendable, Equatable {
        var labels: [String]
        var values: [Double]
        var flag: Double
    }

    var model: String
    /// `ok`, `watch` or `alert`.
    var status: String
    var findings: [String]
    var windowDays: Int
    var asOf: String
    var trainedAsOf: String
    /// Whether the model carries a feature profile (drift cannot be measured without one).
    var hasProfile: Bool
    /// Figures preformatted, an en dash when not measured.
    var scorePSI: String
    var maximumFeaturePSI: String
    /// Leads scored in the window that drift was measured on.
    var recentLeads: String
    /// Whether any input's drift was measured (the chart and its table are shown).
    var hasDrift: Bool
    var features: [FeatureRow]
    var realizedAUC: String
    var realizedECE: String
    /// Closed outcomes, with the converted ones in parentheses.
    var realizedCount: String
    var holdoutAUC: String
    var flag: String
    var driftJSON: String

    /// The health of a model (the champion for nil), or why there is none.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - now: The date of the health check (as the KPI page, scores and conversions before it count).
    ///   - version: The model version, or nil for the champion.
    /// - Returns: The detail, or nil with a note for the reader.
    /// - Throws: The database's error.
    static func load(repository: any UptakeRepository, now: Date, version: String? = nil) async throws
        -> (ModelHealthDetail?, String?)
    {
        let (health, note) = try await reading(repository: repository, now: now, version: version)
        return (health.map(ModelHealthDetail.init), note)
    }

    /// ``ModelHealthLoader``'s reading of a model (the champion for nil), as `uptake model health` makes it, or
    /// why there is none.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - now: The date of the health check.
    ///   - version: The model version, or nil for the champion.
    /// - Returns: The reading, or nil with a note for the reader.
    /// - Throws: The database's error.
    static func reading(repository: any UptakeRepository, now: Date, version: String? = nil) async throws
        -> (ModelHealth?, String?)
    {
        let health: ModelHealth?
        do {
            health = try await ModelHealthLoader().load(asOf: now, repository: repository, version: version)
        } catch let error as ReportError {
            return (nil, error.message)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            // HealthError or ScoringError: stored leads no longer fit the model's profile.
            return (nil, "The \(version == nil ? "champion" : "model")'s health cannot be computed: \(error)")
        }
        guard let health else { return (nil, "No champion model is promoted.") }
        return (health, nil)
    }

    /// The detail of a health reading.
    ///
    /// - Parameter health: The reading.
    init(_ health: ModelHealth) {
        let report = health.report
        let drift = report.drift
        let features = (drift?.features ?? []).sorted { $0.psi > $1.psi }
        let fixed = ModelDiagnostics.fixed
        model = health.modelVersion
        status = report.status.rawValue
        findings = report.findings.map(\.message)
        windowDays = health.windowDays
        asOf = health.asOf.ISO8601Format()
        trainedAsOf = DayRange.isoDay(health.trainedAsOf)
        hasProfile = health.hasProfile
        scorePSI = fixed(drift?.score.psi, 3)
        maximumFeaturePSI = fixed(drift?.maximumFeaturePSI, 3)
        recentLeads = drift.map { String($0.currentRowCount) } ?? "–"
        hasDrift = !features.isEmpty
        self.features = features.map { FeatureRow(name: $0.name, psi: fixed($0.psi, 3), drifted: $0.isDrifted) }
        realizedAUC = fixed(report.realized?.rocAUC, 3)
        realizedECE = fixed(report.realized?.expectedCalibrationError, 3)
        realizedCount = report.realized.map { "\($0.count) (\($0.positives))" } ?? "–"
        holdoutAUC = fixed(report.holdoutAUC, 3)
        flag = fixed(FeatureDrift.flagThreshold, 1)
        driftJSON = PageRenderer.json(features.isEmpty ? nil : DriftChart(
            labels: features.map(\.name), values: features.map(\.psi), flag: FeatureDrift.flagThreshold))
    }
}
