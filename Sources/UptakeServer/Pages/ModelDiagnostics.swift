import Foundation
import UptakeCore
import UptakeStore

/// One model version's diagnostics as the registry stored them at training: the holdout metrics, the
/// reliability table, lift and cumulative gain by decile (``HoldoutEvaluation``) and the input columns'
/// importance by mean |SHAP| (``TrainedModel/featureImportance``). Nothing is recomputed: the page shows what
/// `uptake train` reported and `uptake model show` prints.
struct ModelDiagnostics: Codable, Sendable {
    /// The holdout metrics, preformatted (the templates print values as they are).
    struct Metrics: Codable, Sendable, Equatable {
        var rocAUC: String
        var averagePrecision: String
        var logLoss: String
        var brier: String
        var ece: String
        var uncalibratedROCAUC: String
        var rowsTrain: Int
        var rowsHoldout: Int
        var positivesHoldout: Int
    }

    /// One reliability bin as the table prints it.
    struct ReliabilityRow: Codable, Sendable, Equatable {
        var index: Int
        var range: String
        var count: Int
        var positives: Int
        var meanPredicted: String
        var observedRate: String
    }

    /// One decile as the table prints it.
    struct DecileRow: Codable, Sendable, Equatable {
        var decile: Int
        var count: Int
        var positives: Int
        var lift: String
        var cumulativeGain: String
        var cumulativeLift: String
    }

    /// One input column's importance as the table prints it.
    struct ImportanceRow: Codable, Sendable, Equatable {
        var feature: String
        var meanAbsoluteContribution: String
    }

    /// The reliability diagram's data for app.js: one point per non-empty bin, and the axes' upper end.
    struct ReliabilityChart: Codable, Sendable, Equatable {
        var predicted: [Double]
        var observed: [Double]
        var counts: [Int]
        var axisMaximum: Double
    }

    /// The gain chart's data for app.js: the share of positives found in the best-scored 0%, 10%, … 100%.
    struct GainChart: Codable, Sendable, Equatable {
        var labels: [String]
        var gain: [Double]
        var random: [Double]
        /// Each decile's lift (decile 1 first), for the lift bars.
        var lift: [Double]
    }

    /// The importance chart's data for app.js, most important first.
    struct ImportanceChart: Codable, Sendable, Equatable {
        var labels: [String]
        var values: [Double]
    }

    /// Whether the model was evaluated on a holdout (an imported model without data to judge it on was not).
    var evaluated: Bool
    var metrics: Metrics?
    var reliability: [ReliabilityRow]
    var deciles: [DecileRow]
    var importance: [ImportanceRow]
    /// Chart data, as JSON for `<script type="application/json">` blocks (``PageRenderer/json(_:)``).
    var reliabilityJSON: String
    var gainJSON: String
    var importanceJSON: String

    /// The diagnostics of a stored model.
    ///
    /// - Parameters:
    ///   - version: The registry's record (its metrics summary).
    ///   - model: The stored model (its evaluation and importance).
    /// - Returns: The diagnostics.
    init(version: ModelVersion, model: TrainedModel) {
        let evaluation = model.evaluation
        evaluated = model.isEvaluated
        metrics = version.metrics.map { summary in
            Metrics(
                rocAUC: Self.fixed(summary.rocAUC), averagePrecision: Self.fixed(summary.averagePrecision),
                logLoss: Self.fixed(summary.logLoss), brier: Self.fixed(summary.brier), ece: Self.fixed(summary.ece),
                uncalibratedROCAUC: Self.fixed(evaluation.uncalibratedROCAUC), rowsTrain: summary.rowsTrain,
                rowsHoldout: summary.rowsHoldout, positivesHoldout: summary.positivesHoldout)
        }
        let bins = evaluated ? evaluation.reliability : []
        let deciles = evaluated ? evaluation.deciles : []
        reliability = bins.map { bin in
            ReliabilityRow(
                index: bin.index, range: Self.fixed(bin.lowerBound, 1) + "–" + Self.fixed(bin.upperBound, 1),
                count: bin.count, positives: bin.positives, meanPredicted: Self.fixed(bin.meanPredicted),
                observedRate: Self.fixed(bin.observedRate))
        }
        self.deciles = deciles.map { decile in
            DecileRow(
                decile: decile.decile, count: decile.count, positives: decile.positives,
                lift: Self.fixed(decile.lift, 2),
                cumulativeGain: Self.fixed(decile.cumulativeGain), cumulativeLift: Self.fixed(decile.cumulativeLift, 2))
        }
        importance = model.featureImportance.map {
            ImportanceRow(feature: $0.feature, meanAbsoluteContribution: Self.fixed($0.meanAbsoluteContribution))
        }
        reliabilityJSON = PageRenderer.json(evaluated ? Self.reliabilityChart(bins) : nil)
        gainJSON = PageRenderer.json(evaluated && !deciles.isEmpty ? Self.gainChart(deciles) : nil)
        importanceJSON = PageRenderer.json(model.featureImportance.isEmpty ? nil : ImportanceChart(
            labels: model.featureImportance.map(\.feature),
            values: model.featureImportance.map(\.meanAbsoluteContribution)))
    }

    /// The diagram's points (bins with predictions) and an upper end that holds them with a margin, so that
    /// the typical low conversion rates are not squeezed into a corner of a unit square.
    static func reliabilityChart(_ bins: [ReliabilityBin]) -> ReliabilityChart {
        let filled = bins.filter { $0.count > 0 && $0.meanPredicted != nil && $0.observedRate != nil }
        let predicted = filled.compactMap(\.meanPredicted)
        let observed = filled.compactMap(\.observedRate)
        let largest = (predicted + observed).max() ?? 1
        return ReliabilityChart(
            predicted: predicted, observed: observed, counts: filled.map(\.count),
            axisMaximum: min(1, (largest * 1.1 * 10).rounded(.up) / 10))
    }

    /// The cumulative gain from the origin through each decile, beside the random baseline (k / 10).
    static func gainChart(_ deciles: [DecileLift]) -> GainChart {
        GainChart(
            labels: ["0%"] + deciles.map { "\($0.decile * 10)%" }, gain: [0] + deciles.map(\.cumulativeGain),
            random: [0] + deciles.map { Double($0.decile) / 10 }, lift: deciles.map(\.lift))
    }

    /// A number with `digits` decimals, or an en dash for none (or for NaN, an unevaluated metric).
    static func fixed(_ value: Double?, _ digits: Int = 3) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%.\(digits)f", value)
    }
}
