import Foundation

/// A trained lead-scoring model and everything needed to use and judge it: the XGBoost trees (JSON),
/// how to encode leads, how to calibrate, the tier cut points, and how it did on its holdout.
///
/// Codable, so the store can persist it; `boosterJSON` is an XGBoost JSON model that Python's xgboost
/// 1.7 loads as it is (`best_iteration` is set as an attribute).
public struct TrainedModel: Hashable, Sendable, Codable {
    /// The version of this encoding; a newer one is refused.
    public static let currentFormatVersion = 1

    /// The version of this encoding.
    public var formatVersion: Int
    /// The XGBoost model, JSON.
    public var boosterJSON: Data
    /// How input columns become features.
    public var schema: FeatureSchema
    /// Maps raw probabilities to calibrated ones (fitted on the validation slice).
    public var calibrator: IsotonicCalibrator
    /// How the model was trained.
    public var configuration: TrainingConfiguration
    /// The round (from 0) with the lowest validation log loss; prediction uses rounds 0 through it.
    public var bestIteration: Int
    /// Rounds trained before early stopping.
    public var roundsTrained: Int
    /// The date ages of date columns were measured at during training.
    public var referenceDate: Date
    /// Where tiers change.
    public var tierCutPoints: TierCutPoints
    /// The holdout metrics (calibrated probabilities).
    public var evaluation: HoldoutEvaluation
    /// What the model was trained on.
    public var dataSummary: TrainingDataSummary
    /// Input columns by mean |SHAP| on the holdout (an even sample of about 2,000 rows), most important first.
    public var featureImportance: [FeatureImportance]
    /// The reference distributions model health compares recent leads with: each input column and the
    /// calibrated probability over the rows the trees did not learn from (validation and holdout), so that
    /// the score's reference is what the model gives unseen leads. Nil for imported models and for models
    /// trained before profiles existed (decoded as absent, so they still load).
    public var featureProfile: FeatureProfile?

    /// Checks the format version.
    ///
    /// - Throws: `TrainingError.Code.invalidModel` for a version this build cannot read.
    public func validate() throws {
        guard formatVersion == Self.currentFormatVersion else {
            throw TrainingError(
                .invalidModel,
                "the model has format version \(formatVersion); this build reads version \(Self.currentFormatVersion)"
            )
        }
    }
}
