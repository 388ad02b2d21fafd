import Foundation
import UptakeCore

/// The self-contained HTML report of `uptake train --report`: holdout metrics, a reliability diagram,
/// the cumulative gain curve and feature importance by mean |SHAP|.
///
/// Charts are drawn by Chart.js from Debian's `libjs-chart.js`, whose file is inlined into the page so
/// that it works offline; without that package the page says so and shows the tables only.
struct TrainReport {
    /// Where Debian's `libjs-chart.js` installs Chart.js.
    static let chartJSPath = "/usr/share/javascript/chart.js/Chart.min.js"

    /// The model reported on.
    var model: TrainedModel
    /// The training file's name.
    var source: String
    /// The outcome column.
    var label: String
    /// The outcome value meaning converted.
    var positive: String
    /// Chart.js's source, or `nil` when it is not installed.
    var chartJS: String? = try? String(contentsOfFile: TrainReport.chartJSPath, encoding: .utf8)

    /// The page.
    ///
    /// - Returns: HTML text.
    func html() throws -> String {
        let e = model.evaluation
        let d = model.dataSummary
        let reliability = e.reliability.filter { $0.count > 0 }
        let data: [String: [Double]] = [
            "reliabilityPredicted": reliability.map { $0.meanPredicted ?? 0 },
            "reliabilityObserved": reliability.map { $0.observedRate ?? 0 },
            "gain": [0] + e.deciles.map(\.cumulativeGain),
            "importance": model.featureImportance.map(\.meanAbsoluteContribution),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let numbers = String(decoding: try encoder.encode(data), as: UTF8.self)
        let names = String(decoding: try encoder.encode(model.featureImportance.map(\.feature)), as: UTF8.self)
        let metricRows = [
            ("ROC AUC", e.rocAUC), ("ROC AUC (uncalibrated)", e.uncalibratedROCAUC),
            ("Average precision", e.averagePrecision), ("Log loss", e.logLoss),
            ("Log loss (uncalibrated)", e.uncalibratedLogLoss), ("Brier score", e.brier),
            ("ECE (10 bins)", e.expectedCalibrationError),
        ].map { "<tr><td>\($0.0)</td><td>\(String(format: "%.4f", $0.1))</td></tr>" }.joined(separator: "\n")
        let decileRows = e.deciles.map {
            "<tr><td>\($0.decile)</td><td>\($0.count)</td><td>\($0.positives)</td>"
                + "<td>\(String(format: "%.2f", $0.lift))</td><td>\(String(format: "%.3f", $0.cumulativeGain))</td></tr>"
        }.joined(separator: "\n")
        let script: String
        if let chartJS {
            let charts = Self.drawCharts(numbers: numbers, names: names)
            script = "<script>\n\(chartJS)\n</script>\n<script>\n\(charts)\n</script>"
        } else {
            script = "<p class=\"note\">Charts need Chart.js from Debian's libjs-chart.js "
                + "(\(Self.chartJSPath)), which is not installed; the tables below show the same figures.</p>"
        }
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Uptake model report</title>
            <style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:right}
            td:first-child{text-align:left}.charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
            .note{color:#a40}</style></head><body>
            <h1>Lead-scoring model</h1>
            <p>Trained on \(Self.escape(source)): \(d.rows) rows, outcome \(Self.escape(label)) = \
            \(Self.escape(positive)) (\(String(format: "%.1f", d.positiveRate * 100))% positive), \(d.split.name) split: \
            \(d.trainRows) train, \(d.validationRows) validation (early stopping, calibration), \(d.holdoutRows) holdout. \
            Model: \(Self.escape(model.candidateSummary)). \
            \(model.baseWeightsSummary.map { "Logistic base rows: \(Self.escape($0)). " } ?? "")\
            Best round \(model.bestIteration + 1) of \(model.roundsTrained). Data hash \(d.contentHash).</p>
            <h2>Holdout metrics (calibrated probabilities)</h2>
            <table>\(metricRows)</table>
            <div class="charts"><div><h2>Reliability</h2><canvas id="reliability"></canvas></div>
            <div><h2>Cumulative gain</h2><canvas id="gain"></canvas></div></div>
            <h2>Feature importance (mean |SHAP|, log-odds)</h2><canvas id="importance"></canvas>
            <h2>Lift by decile</h2>
            <table><tr><th>decile</th><th>leads</th><th>positives</th><th>lift</th><th>cumulative gain</th></tr>
            \(decileRows)</table>
            <p>Tiers: gold from p ≥ \(String(format: "%.4f", model.tierCutPoints.gold)), silver from p ≥ \
            \(String(format: "%.4f", model.tierCutPoints.silver)).</p>
            \(script)
            </body></html>
            """
    }

    /// The Chart.js calls drawing the three charts from the embedded figures.
    static func drawCharts(numbers: String, names: String) -> String {
        """
        const d = \(numbers); const names = \(names); const blue = '#1f6feb'; const grey = '#999999';
        Chart.defaults.animation = false;  // draw at once (printing, screenshots)
        new Chart(document.getElementById('reliability'), {type: 'scatter', data: {datasets: [
          {label: 'observed rate by bin', data: d.reliabilityPredicted.map((x, i) => ({x, y: d.reliabilityObserved[i]})),
           showLine: true, borderColor: blue, backgroundColor: blue},
          {label: 'perfect calibration', data: [{x: 0, y: 0}, {x: 1, y: 1}], showLine: true, borderDash: [4, 4],
           borderColor: grey, backgroundColor: grey}]},
          options: {scales: {x: {min: 0, max: 1, title: {display: true, text: 'mean predicted'}},
                             y: {min: 0, max: 1, title: {display: true, text: 'observed'}}}}});
        new Chart(document.getElementById('gain'), {type: 'line', data: {labels: d.gain.map((_, i) => i * 10 + '%'),
          datasets: [{label: 'model', data: d.gain, borderColor: blue, backgroundColor: blue},
          {label: 'random', data: d.gain.map((_, i) => i / 10), borderDash: [4, 4], borderColor: grey,
           backgroundColor: grey}]}, options: {scales: {y: {min: 0, max: 1}}}});
        new Chart(document.getElementById('importance'), {type: 'bar', data: {labels: names,
          datasets: [{label: 'mean |SHAP|', data: d.importance, backgroundColor: blue}]}, options: {indexAxis: 'y'}});
        """
    }

    /// Escapes text for HTML (`HTMLText.escape`, byte by byte).
    static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
