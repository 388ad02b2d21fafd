import Foundation
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeReports
import UptakeStore
@testable import UptakeServer

/// The shared KPI page with a finished pilot, its ledger and a champion with scores: the pilot's uplift and
/// intervals, the ROI priced from it and the model's health are the figures UptakeReports computes directly
/// (`PilotStoreAnalysis`, `RolloutROI`, `ModelHealthLoader`), as `uptake pilot analyze`, `uptake roi` and
/// `uptake model health` print them.
@Suite struct KPIControllerTests {
    /// The JSON of a `<script type="application/json" id="…">` block of a page, decoded (JSONDecoder reads
    /// numbers back exactly; JSONSerialization may not in the last digit).
    static func script<T: Decodable>(_ id: String, in page: String, as type: T.Type) throws -> T {
        let start = try #require(page.range(of: #"<script type="application/json" id="\#(id)">"#)).upperBound
        let end = try #require(page[start...].range(of: "</script>")).lowerBound
        return try JSONDecoder().decode(T.self, from: Data(page[start..<end].utf8))
    }

    /// Text as Mustache escapes it in a page.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func thePilotROIAndHealthSectionsShowTheReportsFigures() async throws {
        try await ServerTestHarness.withHarness { harness in
            let seed = try await ServerTestHarness.seedEvidence(harness.repository)
            let repository = harness.repository
            // Computed directly, as the CLI computes them. The pilot is over and the data lies days from any
            // window's edge, so the clock's seconds between here and the page change nothing.
            let now = Date()
            let analysed = try await PilotStoreAnalysis.analyze(seed.pilot, in: repository, asOf: now)
            let analysis = analysed.analysis
            let roi = try RolloutROI(model: RolloutROI.demoModel, uplift: analysis.itt)
            let health = try #require(try await ModelHealthLoader().load(asOf: now, repository: repository))
            let realized = try #require(health.report.realized)
            let drift = try #require(health.report.drift)
            let champion = try #require(try await repository.modelVersion(seed.model))
            #expect(health.modelVersion == seed.model && champion.isChampion)
            #expect(realized.count > 20 && drift.currentRowCount > 100)

            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/kpis", method: .get, headers: harness.headers(.executive))
                #expect(response.status == .ok)
                let page = response.text

                // Pilot: the sentence, the arms and the intervals of the chart.
                #expect(page.contains(Self.escaped(analysis.summary)))
                #expect(page.contains("\(seed.pilot) · finished · \(analysis.treatmentCount) treatment and "
                    + "\(analysis.controlCount) control reps · \((analysed.weeksObserved * 10).rounded() / 10) weeks"))
                let chart = try Self.script("interval-data", in: page, as: KPIController.IntervalChart.self)
                var expected = [(analysis.itt.estimate, analysis.itt.ciLow, analysis.itt.ciHigh)]
                if let cuped = analysis.cuped { expected.append((cuped.estimate, cuped.ciLow, cuped.ciHigh)) }
                expected.append((analysis.sequential.estimate, analysis.sequential.ciLow, analysis.sequential.ciHigh))
                #expect(chart.estimates == expected.map(\.0))
                #expect(chart.intervals == expected.map { [$0.1, $0.2] })
                #expect(chart.labels
                    == (analysis.cuped == nil ? ["ITT", "Always-valid"] : ["ITT", "CUPED", "Always-valid"]))

                // ROI: the NPV percentiles and the chance it is positive.
                let summary = roi.summary
                let percentiles = [summary.npvP10, summary.npvP50, summary.npvP90].map { $0.rounded() }
                #expect(try Self.script("roi-data", in: page, as: KPIController.ROIChart.self).values == percentiles)
                let money = percentiles.map(KPIController.money)
                #expect(page.contains("NPV P10 \(money[0]) · P50 \(money[1]) · P90 \(money[2]) · P(NPV &gt; 0) "
                    + String(format: "%.0f%%", summary.probabilityPositive * 100)))
                #expect(page.contains(String(
                    format: "Rolled out on the demo assumptions, the NPV is %.0f (P50), between %.0f (P10) and "
                        + "%.0f (P90)",
                    summary.npvP50, summary.npvP10, summary.npvP90)))

                // Model health: the champion, its holdout metrics, its status, drift and realized performance.
                let metrics = try #require(champion.metrics)
                #expect(page.contains("Champion <code>\(seed.model)</code>"))
                #expect(page.contains("Holdout at training: AUC " + String(format: "%.3f", try #require(metrics.rocAUC))
                    + " · ECE " + String(format: "%.3f", try #require(metrics.ece))
                    + " · Brier " + String(format: "%.3f", try #require(metrics.brier))))
                let status = health.report.status.rawValue
                #expect(page.contains(#"Health <strong class="status-\#(status)">\#(status)</strong>"#))
                #expect(page.contains("last \(health.windowDays) days"))
                func figure(_ value: Double?) throws -> String { "\(PilotResult.rounded(try #require(value)))" }
                #expect(page.contains("Score PSI \(try figure(drift.score.psi)) · max input PSI "
                    + "\(try figure(drift.maximumFeaturePSI)) · realized AUC \(try figure(realized.rocAUC)) "
                    + "(n = \(realized.count)) · realized ECE \(try figure(realized.expectedCalibrationError))"))
                for finding in health.report.findings {
                    #expect(page.contains("<li>\(Self.escaped(finding.message))</li>"), "\(finding.message)")
                }
            }
        }
    }

    @Test func theAPIsKPIsCarryTheSameFigures() async throws {
        try await ServerTestHarness.withHarness { harness in
            let seed = try await ServerTestHarness.seedEvidence(harness.repository)
            let now = Date()
            let analysed = try await PilotStoreAnalysis.analyze(seed.pilot, in: harness.repository, asOf: now)
            let roi = try RolloutROI(model: RolloutROI.demoModel, uplift: analysed.analysis.itt).summary
            let health = try #require(try await ModelHealthLoader().load(asOf: now, repository: harness.repository))
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/api/v1/kpis", method: .get, headers: harness.headers(.rep))
                let kpis = try response.json(KPISummary.self)
                let pilot = try #require(kpis.pilot)
                #expect(pilot.pilot == seed.pilot && pilot.sentence == analysed.analysis.summary)
                #expect(pilot.intervals.first == PilotResult.Interval(
                    label: "ITT", estimate: analysed.analysis.itt.estimate, low: analysed.analysis.itt.ciLow,
                    high: analysed.analysis.itt.ciHigh))
                #expect(pilot.srmFlagged == analysed.analysis.srmFlagged && pilot.hashVerified)
                let priced = try #require(pilot.roi)
                #expect([priced.npvP10, priced.npvP50, priced.npvP90]
                    == [roi.npvP10, roi.npvP50, roi.npvP90].map { $0.rounded() })
                #expect(priced.probabilityPositive == roi.probabilityPositive)
                let glance = try #require(kpis.modelHealth)
                #expect(glance.model == health.modelVersion && glance.status == health.report.status.rawValue)
                #expect(glance.findings == health.report.findings.map(\.message))
                #expect(glance.realizedCount == health.report.realized?.count)
                #expect(glance.realizedAUC == health.report.realized?.rocAUC.map(PilotResult.rounded))
                #expect(glance.scorePSI == health.report.drift.map { PilotResult.rounded($0.score.psi) })
                #expect(glance.driftedFeatures == health.report.drift?.driftedFeatures.map(\.name))
                #expect(kpis.modelHealthNote == nil && kpis.pilotNote == nil)
            }
        }
    }
}
