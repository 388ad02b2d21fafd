import Foundation
import XGBoost

extension TrainedModel {
    /// A model trained elsewhere (an XGBoost JSON model with its schema file), ready to score.
    ///
    /// The model's raw probabilities are used as they are (an identity calibrator, no clipping), so
    /// scores equal the other tool's predictions. Its holdout metrics are unknown (NaN, zero rows):
    /// the registry records it as not evaluated, and promoting it over an evaluated champion needs
    /// `--force`.
    ///
    /// - Parameters:
    ///   - boosterJSON: The XGBoost JSON model (Python: `booster.save_model("model.json")`).
    ///   - schema: The schema file's contents.
    ///   - referenceDate: Recorded as the model's reference date.
    /// - Returns: The model.
    /// - Throws: `XGBoostError` when XGBoost cannot load the model; `TrainingError.Code.invalidModel`
    ///   when its feature count or names differ from the schema's; `ScoringError` for a bad schema.
    public static func imported(
        boosterJSON: Data, schema: ImportedModelSchema, referenceDate: Date
    ) throws -> TrainedModel {
        let features = try schema.featureSchema()
        let booster = try Booster(jsonModel: boosterJSON)
        let count = try booster.numberOfFeatures()
        guard count == features.featureCount else {
            throw TrainingError(
                .invalidModel,
                "the model has \(count) features but the schema describes \(features.featureCount): "
                    + features.featureNames.joined(separator: ", ")
            )
        }
        let names = try booster.featureNames()
        if !names.isEmpty, names != features.featureNames {
            let first = zip(names, features.featureNames).first { $0 != $1 }
            throw TrainingError(
                .invalidModel,
                "the model's feature names differ from the schema's"
                    + (first.map { ": the model has \"\($0.0)\" where the schema has \"\($0.1)\"" } ?? "")
            )
        }
        let rounds = try booster.boostedRounds()
        var configuration = TrainingConfiguration()
        configuration.probabilityClip = 0
        configuration.maxRounds = max(rounds, 1)
        return TrainedModel(
            formatVersion: currentFormatVersion,
            boosterJSON: boosterJSON,
            schema: features,
            calibrator: try IsotonicCalibrator(thresholds: [0, 1], values: [0, 1]),
            configuration: configuration,
            bestIteration: try booster.bestIteration() ?? max(rounds - 1, 0),
            roundsTrained: rounds,
            referenceDate: referenceDate,
            tierCutPoints: schema.tierCutPoints,
            evaluation: .notEvaluated,
            dataSummary: TrainingDataSummary(notTrainedHere: ()),
            featureImportance: []
        )
    }

    /// Whether the model has holdout metrics.
    public var isEvaluated: Bool { evaluation.rowCount > 0 && evaluation.rocAUC.isFinite }
}

extension HoldoutEvaluation {
    /// The evaluation of a model never evaluated here: zero rows, every metric NaN.
    public static let notEvaluated = HoldoutEvaluation(notEvaluated: ())

    private init(notEvaluated: Void) {
        rowCount = 0
        positives = 0
        rocAUC = .nan
        averagePrecision = .nan
        logLoss = .nan
        brier = .nan
        expectedCalibrationError = .nan
        reliability = []
        deciles = []
        uncalibratedROCAUC = .nan
        uncalibratedLogLoss = .nan
    }
}

extension TrainingDataSummary {
    /// The summary of a model trained elsewhere: nothing known.
    init(notTrainedHere: Void) {
        rows = 0
        positives = 0
        positiveRate = 0
        trainRows = 0
        validationRows = 0
        holdoutRows = 0
        firstDate = nil
        lastDate = nil
        contentHash = ""
        split = .ordered
    }
}
