import Foundation

/// A model's health: drift since training, realized performance on closed outcomes, and the status
/// (ok, watch, alert) those imply under ``ModelHealthThresholds``, with the reasons.
///
/// ```swift
/// let drift = try profile.drift(current: recent, probabilities: recentScores)
/// let realized = try RealizedPerformance(labels: outcomes, probabilities: scoresThen)
/// let report = ModelHealthReport(drift: drift, realized: realized, holdoutAUC: model.evaluation.rocAUC)
/// print(report.status, report.findings.map(\.message))
/// ```
public struct ModelHealthReport: Hashable, Sendable, Codable {
    /// The worst severity among the findings.
    public var status: ModelHealthStatus
    /// The reasons, most severe first.
    public var findings: [HealthFinding]
    /// Drift since training, when measured.
    public var drift: DriftReport?
    /// Realized performance, when measured.
    public var realized: RealizedPerformance?
    /// The holdout AUC at training, the yardstick for the realized one.
    public var holdoutAUC: Double?

    /// Assesses a model.
    ///
    /// - Parameters:
    ///   - drift: Drift of the recent leads, or nil when not measured.
    ///   - realized: Performance on closed outcomes, or nil when not measured.
    ///   - holdoutAUC: The model's holdout AUC (`TrainedModel.evaluation.rocAUC`), or nil.
    ///   - thresholds: Where statuses change.
    public init(
        drift: DriftReport?, realized: RealizedPerformance?, holdoutAUC: Double?,
        thresholds: ModelHealthThresholds = ModelHealthThresholds()
    ) {
        var findings: [HealthFinding] = []
        if let drift { findings += Self.driftFindings(drift, thresholds) }
        else { findings.append(HealthFinding(severity: .ok, message: "drift not measured")) }
        if let realized { findings += Self.performanceFindings(realized, holdoutAUC, thresholds) }
        else { findings.append(HealthFinding(severity: .ok, message: "realized performance not measured")) }
        // A stable sort: most severe first, otherwise in the order found.
        let ordered = findings.enumerated().sorted {
            $0.element.severity != $1.element.severity ? $0.element.severity > $1.element.severity : $0.offset < $1.offset
        }.map(\.element)
        self.status = ordered.map(\.severity).max() ?? .ok
        self.findings = ordered
        self.drift = drift
        self.realized = realized
        self.holdoutAUC = holdoutAUC
    }

    private static func driftFindings(_ drift: DriftReport, _ t: ModelHealthThresholds) -> [HealthFinding] {
        guard drift.currentRowCount >= t.minimumRecentLeads else {
            return [HealthFinding(
                severity: .ok,
                message: "only \(drift.currentRowCount) recent leads (drift needs \(t.minimumRecentLeads))")]
        }
        var findings: [HealthFinding] = []
        let psi = drift.score.psi
        if psi > t.scorePSIAlert {
            findings.append(.init(severity: .alert, message: "score PSI \(fixed(psi)) > \(fixed(t.scorePSIAlert))"))
        } else if psi > t.scorePSIWatch {
            findings.append(.init(severity: .watch, message: "score PSI \(fixed(psi)) > \(fixed(t.scorePSIWatch))"))
        }
        let drifted = drift.features.filter { $0.psi > t.featurePSIFlag }.sorted { $0.psi > $1.psi }
        if !drifted.isEmpty {
            let list = drifted.map { "\($0.name) \(fixed($0.psi))" }.joined(separator: ", ")
            findings.append(.init(
                severity: .watch, message: "feature PSI > \(fixed(t.featurePSIFlag)): \(list)"))
        }
        return findings
    }

    private static func performanceFindings(
        _ realized: RealizedPerformance, _ holdoutAUC: Double?, _ t: ModelHealthThresholds
    ) -> [HealthFinding] {
        let negatives = realized.count - realized.positives
        guard realized.count >= t.minimumClosedOutcomes,
              min(realized.positives, negatives) >= t.minimumPerClass
        else {
            return [HealthFinding(
                severity: .ok,
                message: "only \(realized.count) closed outcomes (\(realized.positives) converted); realized "
                    + "performance needs \(t.minimumClosedOutcomes) with \(t.minimumPerClass) of each outcome")]
        }
        var findings: [HealthFinding] = []
        if let auc = realized.rocAUC, let holdoutAUC {
            let drop = holdoutAUC - auc
            let text = "realized AUC \(fixed(auc, 3)) is \(fixed(drop, 3)) below the holdout's \(fixed(holdoutAUC, 3))"
            if drop >= t.aucDropAlert { findings.append(.init(severity: .alert, message: text)) }
            else if drop >= t.aucDropWatch { findings.append(.init(severity: .watch, message: text)) }
        }
        let ece = realized.expectedCalibrationError
        if ece > t.calibrationAlert {
            findings.append(.init(severity: .alert, message: "calibration error \(fixed(ece, 3)) > \(fixed(t.calibrationAlert))"))
        } else if ece > t.calibrationWatch {
            findings.append(.init(severity: .watch, message: "calibration error \(fixed(ece, 3)) > \(fixed(t.calibrationWatch))"))
        }
        return findings
    }

    private static func fixed(_ value: Double, _ digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }
}
