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
    /// The logistic regression the trees boost from, when that candidate won (``ModelCandidate``); nil for
    /// plain trees, imported models and models trained before candidates existed.
    public var linearBase: LinearBase?
    /// The candidates training compared, with their validation log losses (nil before candidates existed).
    public var candidates: [ModelCandidate]?

    /// The weight of the raw probability in a calibrated one (see ``calibratedProbability(raw:)``).
    public static let tieBreakWeight = 1e-6

    /// A raw probability calibrated: the isotonic calibrator's value clipped to [clip, 1 − clip], plus
    /// ``tieBreakWeight`` × the raw probability (the calibrated part weighted 1 − that).
    ///
    /// Isotonic regression is a step function: every lead in a flat step would get the same probability
    /// and the model's ranking within the step would be lost, for tiers, for the planner's choice between
    /// two leads, and for ROC AUC. The tie-break keeps the raw order and moves a probability by at most
    /// 1e-6, far below anything shown (calibration error is unchanged at the precision reported).
    ///
    /// - Parameter raw: The trees' probability.
    /// - Returns: The calibrated probability, strictly increasing in `raw` on [0, 1].
    public func calibratedProbability(raw: Double) -> Double {
        Self.calibratedProbability(raw: raw, calibrator: calibrator, clip: configuration.probabilityClip)
    }

    /// ``calibratedProbability(raw:)`` for a calibrator and clip not yet in a model.
    ///
    /// - Parameters:
    ///   - raw: The trees' probability.
    ///   - calibrator: The isotonic calibrator.
    ///   - clip: The probability clip.
    /// - Returns: The calibrated probability.
    public static func calibratedProbability(raw: Double, calibrator: IsotonicCalibrator, clip: Double) -> Double {
        let stepped = min(max(calibrator.calibrate(raw), clip), 1 - clip)
        return stepped * (1 - tieBreakWeight) + tieBreakWeight * min(max(raw, 0), 1)
    }

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
