import Foundation

extension LeadTrainingSet {
    /// A model trained elsewhere, evaluated on the holdout a model trained here would have: the rows
    /// `split(configuration:)` puts in the holdout (by default the most recent 20% of resolved leads).
    ///
    /// The metrics are comparable with those of a model trained here on the same leads and as-of date.
    /// They are optimistic if the other model was fitted on these holdout leads; the caller says so.
    ///
    /// - Parameters:
    ///   - model: The model (an imported one: its calibrator is the identity).
    ///   - configuration: The configuration whose split defines the holdout.
    /// - Returns: The model with `evaluation` and `dataSummary` filled in.
    /// - Throws: `TrainingError.Code.insufficientData` when the holdout lacks positives or negatives
    ///   (the same requirements as training), `ScoringError` when a schema column is missing.
    public func evaluate(
        _ model: TrainedModel, configuration: TrainingConfiguration = LeadTrainingSet.defaultConfiguration()
    ) throws -> TrainedModel {
        let effective = effectiveConfiguration(configuration)
        let split = try split(configuration: configuration)
        try effective.requirements.check(labels: labels, holdout: split.holdout)
        let table = trainingTable(for: effective)
        let probabilities = try LeadScorer(model: model)
            .probabilities(table.selecting(split.holdout), scoringDate: features.asOf)
        var evaluated = model
        evaluated.evaluation = try HoldoutEvaluation(
            labels: split.holdout.map { labels[$0] }, calibrated: probabilities, raw: probabilities
        )
        evaluated.dataSummary = TrainingDataSummary(
            table: table, labels: labels, split: split, strategy: effective.split
        )
        evaluated.referenceDate = features.asOf
        return evaluated
    }
}
