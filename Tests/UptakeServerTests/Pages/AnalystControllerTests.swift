import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeDemo
import UptakeReports
import UptakeStore
import UptakeTesting
@testable import UptakeServer

/// The analyst's model pages on a demo territory with a champion trained 60 days ago: the page shows what the
/// registry stored at training (metrics, reliability table, deciles, importance) and the health that
/// `ModelHealthLoader` computes, the same figures as the Shared KPIs page and `uptake model health`.
@Suite(.serialized) struct AnalystControllerTests {
    static let day: TimeInterval = 86_400

    /// Stores a small demo territory running up to `now`, trains on what was known 60 days earlier, registers
    /// the model (the first version, so the champion) and scores the leads open then and the leads of the last
    /// 90 days a week ago, as `uptake score` would have.
    static func seedChampion(_ repository: SQLRepository, now: Date) async throws -> (ModelVersion, TrainedModel) {
        let territory = try DemoTerritoryGenerator(
            DemoTerritoryConfiguration(seed: 7, reps: 4, teams: 2, agencies: 1_500, today: now)).generate()
        _ = try await repository.upsert(reps: territory.reps)
        _ = try await repository.upsert(leads: territory.leads)
        _ = try await repository.upsert(conversions: territory.conversions)
        let trained = now.addingTimeInterval(-60 * day)
        let (version, model) = try await SeededChampion.train(
            repository, leads: territory.leads, reps: territory.reps, conversions: territory.conversions, at: trained,
            note: "demo")
        let open = territory.leads.filter { $0.createdAt < trained && $0.createdAt >= trained - 90 * day }
        try await SeededChampion.score(
            open, reps: territory.reps, model: model, version: version.id, at: trained, into: repository)
        let recent = territory.leads.filter { $0.createdAt >= now - 90 * day && $0.createdAt < now }
        try await SeededChampion.score(
            recent, reps: territory.reps, model: model, version: version.id, at: now - 7 * day, into: repository)
        return (version, model)
    }

    /// The text of the `<script type="application/json" id="...">` block of a page.
    static func json<T: Decodable>(_ type: T.Type, id: String, in page: String) throws -> T {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"\(id)\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        return try JSONDecoder().decode(T.self, from: Data(page[start.upperBound..<end.lowerBound].utf8))
    }

    /// A number as the page prints it (three decimals unless told).
    static func fixed(_ value: Double?, _ digits: Int = 3) -> String {
        value.map { String(format: "%.\(digits)f", $0) } ?? "–"
    }

    @Test func theModelPageShowsWhatTheRegistryStoredAndTheHealthIsTheLoaders() async throws {
        try await ServerTestHarness.withHarness { harness in
            let (version, model) = try await Self.seedChampion(harness.repository, now: Date())
            let metrics = try #require(version.metrics)
            let evaluation = model.evaluation
            try #require(evaluation.rowCount > 0)
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/analyst/models/\(version.id)", method: .get, headers: harness.headers(.analyst))
                #expect(response.status == .ok)
                let page = response.text

                // The stored holdout metrics.
                #expect(page.contains("<span class=\"big\" id=\"metric-auc\">\(Self.fixed(metrics.rocAUC))</span>"))
                #expect(page.contains("id=\"metric-ap\">\(Self.fixed(metrics.averagePrecision))<"))
                #expect(page.contains("id=\"metric-brier\">\(Self.fixed(metrics.brier))<"))
                #expect(page.contains("id=\"metric-ece\">\(Self.fixed(metrics.ece))<"))
                #expect(page.contains("id=\"metric-logloss\">\(Self.fixed(metrics.logLoss))<"))
                #expect(page.contains("\(metrics.rowsHoldout) rows, \(metrics.positivesHoldout) converted"))
                // How the model was chosen: the kept candidate, every candidate's validation loss, the base's rows.
                let candidates = try #require(model.candidates)
                #expect(candidates.count == 2)
                #expect(page.contains(model.candidateSummary), "\(model.candidateSummary)")
                if let weights = model.baseWeightsSummary { #expect(page.contains("logistic base rows \(weights)")) }

                // The reliability table: one row per stored bin, with its numbers; the chart's points exactly.
                for bin in evaluation.reliability {
                    let row = "<tr data-bin=\"\(bin.index)\"><td>\(Self.fixed(bin.lowerBound, 1))–"
                        + "\(Self.fixed(bin.upperBound, 1))</td><td class=\"num\">\(bin.count)</td><td class=\"num\">"
                        + "\(bin.positives)</td><td class=\"num\">\(Self.fixed(bin.meanPredicted))</td>"
                        + "<td class=\"num\">\(Self.fixed(bin.observedRate))</td></tr>"
                    #expect(page.contains(row), "bin \(bin.index)")
                }
                #expect(page.components(separatedBy: "<tr data-bin=").count - 1 == evaluation.reliability.count)
                let reliability = try Self.json(
                    ModelDiagnostics.ReliabilityChart.self, id: "reliability-data", in: page)
                let filled = evaluation.reliability.filter { $0.count > 0 }
                #expect(reliability.predicted == filled.compactMap(\.meanPredicted))
                #expect(reliability.observed == filled.compactMap(\.observedRate))
                #expect(reliability.counts == filled.map(\.count))

                // Gain and lift by decile, from the origin, beside the random baseline.
                let gain = try Self.json(ModelDiagnostics.GainChart.self, id: "gain-data", in: page)
                #expect(gain.gain == [0] + evaluation.deciles.map(\.cumulativeGain))
                #expect(gain.lift == evaluation.deciles.map(\.lift))
                #expect(gain.random.last == 1 && gain.gain.last.map { abs($0 - 1) < 1e-9 } == true)
                for decile in evaluation.deciles {
                    #expect(page.contains("<tr data-decile=\"\(decile.decile)\"><td>\(decile.decile)</td>"
                        + "<td class=\"num\">\(decile.count)</td><td class=\"num\">\(decile.positives)</td>"
                        + "<td class=\"num\">\(Self.fixed(decile.lift, 2))</td>"))
                }

                // Importance: the stored ranking, most important first.
                let importance = try Self.json(ModelDiagnostics.ImportanceChart.self, id: "importance-data", in: page)
                #expect(!model.featureImportance.isEmpty)
                #expect(importance.labels == model.featureImportance.map(\.feature))
                #expect(importance.values == model.featureImportance.map(\.meanAbsoluteContribution))

                // Charts load Chart.js; every canvas has its data block.
                #expect(page.contains("chart.js/chart.min.js"))
                for canvas in ["reliability-chart", "gain-chart", "lift-chart", "importance-chart", "drift-chart"] {
                    #expect(page.contains("<canvas id=\"\(canvas)\""), "\(canvas)")
                }

                // Health on the analyst page: the loader's reading of the champion, figure for figure.
                let analyst = try await client.execute(
                    uri: "/analyst", method: .get, headers: harness.headers(.analyst))
                #expect(analyst.status == .ok)
                let health = try #require(
                    try await ModelHealthLoader().load(asOf: Date(), repository: harness.repository))
                let drift = try #require(health.report.drift)
                #expect(health.modelVersion == version.id)
                for text in [analyst.text, page] {
                    let status = health.report.status.rawValue
                    #expect(text.contains("<strong class=\"status-\(status)\">\(status)</strong>"))
                    #expect(text.contains("id=\"health-score-psi\">\(Self.fixed(drift.score.psi))<"))
                    #expect(text.contains("id=\"health-max-psi\">\(Self.fixed(drift.maximumFeaturePSI))<"))
                    #expect(text.contains("id=\"health-realized-auc\">\(Self.fixed(health.report.realized?.rocAUC))<"))
                    for finding in health.report.findings {
                        // Mustache escapes HTML: the apostrophe of "the holdout's", the ">" of "error 0.055 > 0.05".
                        let escaped = KPIControllerTests.escaped(finding.message)
                        #expect(text.contains("<li>\(escaped)</li>"), "\(finding.message)")
                    }
                    for feature in drift.features {
                        #expect(text.contains("<tr data-feature=\"\(feature.name)\"><td>\(feature.name)</td>"
                            + "<td class=\"num\">\(Self.fixed(feature.psi))</td>"), "\(feature.name)")
                    }
                    let chart = try Self.json(ModelHealthDetail.DriftChart.self, id: "drift-data", in: text)
                    let sorted = drift.features.sorted { $0.psi > $1.psi }
                    #expect(chart.labels == sorted.map(\.name) && chart.values == sorted.map(\.psi))
                    #expect(chart.flag == FeatureDrift.flagThreshold)
                }
                #expect(analyst.text.contains("href=\"/analyst/models/\(version.id)\""))
                // The models table prints the registry's metrics as the model page does.
                #expect(analyst.text.contains("<td class=\"num\">\(Self.fixed(metrics.rocAUC))</td><td class=\"num\">"
                    + "\(Self.fixed(metrics.averagePrecision))</td>"))
                // The KPI page reads the same status.
                let kpis = try await client.execute(uri: "/kpis", method: .get, headers: harness.headers(.executive))
                let status = health.report.status.rawValue
                #expect(kpis.text.contains("status-\(status)\">\(status)<"))

                // Only the analyst: the other roles get 403, an unknown version 404, nobody signs in.
                for role in UserRole.allCases where role != .analyst {
                    let denied = try await client.execute(
                        uri: "/analyst/models/\(version.id)", method: .get, headers: harness.headers(role))
                    #expect(denied.status == .forbidden, "\(role)")
                    #expect(!denied.text.contains("reliability-table"), "\(role)")
                }
                let missing = try await client.execute(
                    uri: "/analyst/models/m-9999", method: .get, headers: harness.headers(.analyst))
                #expect(missing.status == .notFound)
                let nobody = try await client.execute(uri: "/analyst/models/\(version.id)", method: .get)
                #expect(nobody.status == .seeOther)
            }
        }
    }

    @Test func anImportedModelWithoutHoldoutImportanceOrProfileSaysWhatItLacks() async throws {
        try await ServerTestHarness.withHarness { harness in
            let (_, trained) = try await Self.seedChampion(harness.repository, now: Date())
            // What `uptake model import` stores: the trees, no evaluation, no importance, no profile.
            var imported = trained
            imported.evaluation = .notEvaluated
            imported.featureImportance = []
            imported.featureProfile = nil
            let version = try await harness.repository.registerModel(
                imported, source: .imported,
                data: ModelDataSummary(rows: 0, positiveRate: 0, firstDate: nil, lastDate: nil, hash: ""),
                createdAt: Date(), note: nil)
            #expect(version.metrics == nil && !version.isChampion)
            try await harness.test { client in
                let response = try await client.execute(
                    uri: "/analyst/models/\(version.id)", method: .get, headers: harness.headers(.analyst))
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("This model was not evaluated on a holdout"))
                #expect(page.contains("This model stores no feature importance."))
                #expect(page.contains("This model has no feature profile"))
                #expect(!page.contains("reliability-table") && !page.contains("<canvas"))
                #expect(page.contains("<strong class=\"status-ok\">ok</strong>"))
                #expect(page.contains("<li>drift not measured</li>"))
                let api = try await client.execute(
                    uri: "/api/v1/models/\(version.id)", method: .get, headers: harness.headers(.analyst))
                #expect(api.status == .ok)
                let body = try #require(
                    try JSONSerialization.jsonObject(with: Data(buffer: api.body)) as? [String: Any])
                #expect(body["evaluation"] == nil)
                #expect((body["featureImportance"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test func withoutAModelThePagesSayWhy() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let analyst = try await client.execute(
                    uri: "/analyst", method: .get, headers: harness.headers(.analyst))
                #expect(analyst.status == .ok)
                #expect(analyst.text.contains("No champion model is promoted."))
                #expect(!analyst.text.contains("chart.js/chart.min.js"))
                let missing = try await client.execute(
                    uri: "/analyst/models/m-0001", method: .get, headers: harness.headers(.analyst))
                #expect(missing.status == .notFound)
            }
        }
    }
}
