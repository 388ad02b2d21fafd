import Testing
@testable import UptakeCore

@Suite struct ModelHealthReportTests {
    static func drift(score: Double, features: [Double] = [], rows: Int = 1000) -> DriftReport {
        DriftReport(
            features: features.enumerated().map { FeatureDrift(name: "f\($0.offset)", psi: $0.element, currentShares: [], currentCount: rows) },
            score: FeatureDrift(name: "score", psi: score, currentShares: [], currentCount: rows),
            currentRowCount: rows)
    }

    static let goodRealized = RealizedPerformance(count: 500, positives: 60, rocAUC: 0.79, expectedCalibrationError: 0.02)

    @Test func stableModelIsOK() {
        let report = ModelHealthReport(drift: Self.drift(score: 0.03, features: [0.05]), realized: Self.goodRealized, holdoutAUC: 0.80)
        #expect(report.status == .ok)
        #expect(report.findings.allSatisfy { $0.severity == .ok })
    }

    @Test func featureDriftAloneWatches() {
        let report = ModelHealthReport(drift: Self.drift(score: 0.05, features: [0.25, 0.01]), realized: Self.goodRealized, holdoutAUC: 0.80)
        #expect(report.status == .watch)
        #expect(report.findings.first?.message.contains("f0 0.25") == true)
    }

    @Test func scoreDriftAlertsAboveTwoTenths() {
        #expect(ModelHealthReport(drift: Self.drift(score: 0.15), realized: nil, holdoutAUC: nil).status == .watch)
        #expect(ModelHealthReport(drift: Self.drift(score: 0.21), realized: nil, holdoutAUC: nil).status == .alert)
    }

    @Test func aucDropAndCalibration() {
        let dropped = RealizedPerformance(count: 500, positives: 60, rocAUC: 0.74, expectedCalibrationError: 0.02)
        #expect(ModelHealthReport(drift: nil, realized: dropped, holdoutAUC: 0.80).status == .alert)
        let slight = RealizedPerformance(count: 500, positives: 60, rocAUC: 0.765, expectedCalibrationError: 0.02)
        #expect(ModelHealthReport(drift: nil, realized: slight, holdoutAUC: 0.80).status == .watch)
        let miscalibrated = RealizedPerformance(count: 500, positives: 60, rocAUC: 0.80, expectedCalibrationError: 0.12)
        let report = ModelHealthReport(drift: nil, realized: miscalibrated, holdoutAUC: 0.80)
        #expect(report.status == .alert)
        #expect(report.findings.first?.message == "calibration error 0.120 > 0.10")
    }

    @Test func tooLittleDataIsANoteNotAnAlarm() {
        let few = RealizedPerformance(count: 40, positives: 3, rocAUC: 0.5, expectedCalibrationError: 0.3)
        let report = ModelHealthReport(drift: Self.drift(score: 0.9, rows: 20), realized: few, holdoutAUC: 0.8)
        #expect(report.status == .ok)
        #expect(report.findings.count == 2)
        #expect(report.findings.contains { $0.message.contains("only 20 recent leads") })
    }

    @Test func realizedPerformanceUsesScoringMetrics() throws {
        let labels = [false, true, true, false, true]
        let probabilities = [0.1, 0.8, 0.6, 0.4, 0.3]
        let realized = try RealizedPerformance(labels: labels, probabilities: probabilities)
        #expect(realized.rocAUC == (try ScoringMetrics.rocAUC(labels: labels, scores: probabilities)))
        #expect(realized.expectedCalibrationError
            == (try ScoringMetrics.expectedCalibrationError(labels: labels, probabilities: probabilities)))
        #expect(try RealizedPerformance(labels: [true, true], probabilities: [0.4, 0.5]).rocAUC == nil)
    }
}
