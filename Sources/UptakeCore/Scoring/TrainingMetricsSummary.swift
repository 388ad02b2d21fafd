/// The headline holdout figures of a trained model, as `uptake train --json` prints them (snake_case
/// keys: `roc_auc`, `average_precision`, `log_loss`, `brier`, `ece`, `rows_train`, `rows_holdout`,
/// `positives_holdout`). Probabilities are calibrated.
public struct TrainingMetricsSummary: Hashable, Sendable, Codable {
    /// Holdout ROC AUC.
    public var rocAUC: Double
    /// Holdout average precision.
    public var averagePrecision: Double
    /// Holdout log loss.
    public var logLoss: Double
    /// Holdout Brier score.
    public var brier: Double
    /// Holdout expected calibration error (10 bins).
    public var ece: Double
    /// Rows the trees were fitted on.
    public var rowsTrain: Int
    /// Holdout rows.
    public var rowsHoldout: Int
    /// Positives in the holdout.
    public var positivesHoldout: Int

    private enum CodingKeys: String, CodingKey {
        case rocAUC = "roc_auc"
        case averagePrecision = "average_precision"
        case logLoss = "log_loss"
        case brier
        case ece
        case rowsTrain = "rows_train"
        case rowsHoldout = "rows_holdout"
        case positivesHoldout = "positives_holdout"
    }

    /// The summary of a model.
    ///
    /// - Parameter model: A trained model.
    public init(model: TrainedModel) {
        let evaluation = model.evaluation
        rocAUC = evaluation.rocAUC
        averagePrecision = evaluation.averagePrecision
        logLoss = evaluation.logLoss
        brier = evaluation.brier
        ece = evaluation.expectedCalibrationError
        rowsTrain = model.dataSummary.trainRows
        rowsHoldout = model.dataSummary.holdoutRows
        positivesHoldout = evaluation.positives
    }
}
