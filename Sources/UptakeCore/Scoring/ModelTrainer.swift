import Foundation
import XGBoost

/// Trains a calibrated lead-scoring model from a table and its outcomes.
///
/// Steps (DESIGN.md "Split", "Calibration"): split the rows three ways (train, validation, holdout);
/// refuse when there are too few outcomes; fit the feature schema (label-free: kinds, category levels) on the
/// rows before the holdout, train and validation, so a level that first appears in the validation slice has a
/// column of its own for the linear base and nothing about the holdout leaks; boost hist
/// trees, stopping when the validation log loss has not improved for `earlyStoppingRounds` rounds — twice
/// unless `linearBase` is off: once from XGBoost's base score and once from a ``LinearBase`` (a logistic
/// regression fitted on the train and validation rows; with an ordered or time split whose inputs moved
/// between the train and validation rows, weighted by recency, ``RecencyWeights``) — and keep the candidate with the lower validation
/// log loss (``ModelCandidate``); fit isotonic calibration on the validation slice's raw probabilities
/// (through the best round); evaluate the calibrated probabilities on the holdout; cut tiers at quantiles of the train and validation rows'
/// calibrated probabilities; rank features by mean |SHAP| on (a sample of about 2,000 rows of) the holdout;
/// profile the inputs and the calibrated score on the validation and holdout rows (``FeatureProfile``).
///
/// ```swift
/// var configuration = TrainingConfiguration()
/// configuration.split = .ordered
/// let model = try ModelTrainer(configuration: configuration).train(table: table, labels: converted) {
///     print($0.round, $0.validationLogLoss)
/// }
/// print(model.evaluation.rocAUC)
/// ```
public struct ModelTrainer: Sendable {
    /// The training options.
    public var configuration: TrainingConfiguration

    /// Makes a trainer.
    ///
    /// - Parameter configuration: The training options.
    public init(configuration: TrainingConfiguration = TrainingConfiguration()) {
        self.configuration = configuration
    }

    /// The split this trainer would use for `table` (so callers can save or inspect it).
    ///
    /// - Parameter table: The rows.
    /// - Returns: The three parts.
    /// - Throws: `TrainingError` for a missing or non-date time column, or too few rows.
    public func split(_ table: ColumnTable) throws -> DataSplit {
        try DataSplit.make(
            rowCount: table.rowCount,
            strategy: configuration.split,
            holdoutFraction: configuration.holdoutFraction,
            validationFraction: configuration.validationFraction,
            times: try times(table)
        )
    }

    /// A `.time` split's column as numbers (nil for other splits).
    private func times(_ table: ColumnTable) throws -> [Double]? {
        guard case .time(let name) = configuration.split else { return nil }
        guard let column = table.column(named: name) else {
            throw TrainingError(.invalidConfiguration, "the time column \"\(name)\" is not in the data")
        }
        switch column.values {
        case .dates(let values), .numbers(let values): return values
        default:
            throw TrainingError(
                .invalidConfiguration,
                "the time column \"\(name)\" holds \(column.values.kind.rawValue) values, not dates or numbers"
            )
        }
    }

    /// Trains, calibrates and evaluates a model.
    ///
    /// - Parameters:
    ///   - table: Every row (all columns are features, except a `.time` split's column).
    ///   - labels: One outcome per row, `true` for converted.
    ///   - referenceDate: The date ages are measured at; `nil` takes the latest date in the table
    ///     (the data's snapshot day), or 1970-01-01 when it has no dates.
    ///   - progress: Called after every round.
    /// - Returns: The model.
    /// - Throws: `TrainingError` (`.insufficientData` with the counts, `.invalidConfiguration`),
    ///   `ScoringError` from encoding, `XGBoostError` from the library.
    public func train(
        table: ColumnTable,
        labels: [Bool],
        referenceDate: Date? = nil,
        progress: (TrainingProgress) -> Void = { _ in }
    ) throws -> TrainedModel {
        try configuration.validate()
        guard labels.count == table.rowCount else {
            throw TrainingError(.invalidConfiguration, "\(labels.count) labels for \(table.rowCount) rows")
        }
        let times = try self.times(table)
        let split = try DataSplit.make(
            rowCount: table.rowCount, strategy: configuration.split, holdoutFraction: configuration.holdoutFraction,
            validationFraction: configuration.validationFraction, times: times
        )
        try configuration.requirements.check(labels: labels, holdout: split.holdout)

        var features = table
        if case .time(let name) = configuration.split { features = table.dropping([name]) }
        let reference = referenceDate ?? Self.latestDate(in: table) ?? Date(timeIntervalSince1970: 0)
        let schema = try FeatureSchema.fit(
            table: features.selecting((split.train + split.validation).sorted()),
            minimumLevelCount: configuration.minimumLevelCount,
            maximumLevels: configuration.maximumLevels
        )
        let oneHotLevels = Dictionary(uniqueKeysWithValues: schema.columns.compactMap { column in
            if case .category(let levels) = column.encoding { return (column.name, levels) }
            return nil
        })
        let encoded = try [split.train, split.validation, split.holdout].map {
            try schema.encode(features.selecting($0), scoringDate: reference)
        }
        let partLabels = [split.train, split.validation, split.holdout].map { rows in rows.map { labels[$0] } }

        // Candidate 1: trees from XGBoost's base score. Candidate 2: trees from a logistic regression fitted
        // on the train and validation rows (all rows before the holdout, as a refit would use).
        let kinds: [ModelCandidate.Kind] = configuration.usesLinearBase ? [.trees, .treesOnLinearBase] : [.trees]
        // The base does not depend on the first candidate's trees, so it is fitted on another thread while
        // they grow (the same fit as in sequence: the result does not depend on the thread).
        let baseFit = configuration.usesLinearBase ? BackgroundResult { [self, features] in
            let recency = try recencyWeights(split: split, times: times, features: features, levels: oneHotLevels)
            var base = try LinearBase.fit(
                values: encoded[0] + encoded[1], rowCount: split.train.count + split.validation.count,
                columnCount: schema.featureCount, labels: partLabels[0] + partLabels[1],
                inverseRegularization: configuration.linearBaseInverseRegularization, recency: recency?.weights
            )
            base.driftedInputs = recency?.drifted
            return base
        } : nil
        var fitted: [(kind: ModelCandidate.Kind, trees: FittedTrees, base: LinearBase?)] = []
        do {
            for (index, kind) in kinds.enumerated() {
                let base = kind == .treesOnLinearBase ? try baseFit?.value() : nil
                let trees = try fitTrees(schema: schema, encoded: encoded, labels: partLabels, base: base) { step in
                    var step = step
                    step.candidate = kind
                    step.candidateIndex = index
                    step.candidateCount = kinds.count
                    step.earlyStoppingRounds = configuration.earlyStoppingRounds
                    progress(step)
                }
                fitted.append((kind, trees, base))
            }
        } catch {
            _ = try? baseFit?.value()  // nothing runs on after the error is thrown
            throw error
        }
        let chosenIndex = fitted.indices.min {
            (fitted[$0].trees.validationLogLoss, $0) < (fitted[$1].trees.validationLogLoss, $1)
        }!
        let candidates = fitted.enumerated().map { index, candidate in
            ModelCandidate(
                kind: candidate.kind, validationLogLoss: candidate.trees.validationLogLoss,
                bestRound: candidate.trees.bestIteration, chosen: index == chosenIndex
            )
        }
        let chosen = fitted[chosenIndex]
        let booster = chosen.trees.booster
        let (bestIteration, rounds) = (chosen.trees.bestIteration, chosen.trees.rounds)
        let train = chosen.trees.matrices[0]
        let validation = chosen.trees.matrices[1]
        let holdout = chosen.trees.matrices[2]

        let validationLabels = partLabels[1]
        let validationRaw = try booster.predict(validation, rounds: .throughBestIteration).map(Double.init)
        let calibrator = try IsotonicCalibrator(fitting: validationRaw, labels: validationLabels)
        let clip = configuration.probabilityClip
        let calibrate = { (raw: [Double]) in
            raw.map { TrainedModel.calibratedProbability(raw: $0, calibrator: calibrator, clip: clip) }
        }

        let holdoutLabels = partLabels[2]
        let holdoutRaw = try booster.predict(holdout, rounds: .throughBestIteration).map(Double.init)
        let evaluation = try HoldoutEvaluation(
            labels: holdoutLabels, calibrated: calibrate(holdoutRaw), raw: holdoutRaw
        )

        // Scores on rows the trees did not learn from: the reference a new lead's score is compared with.
        let unseen = split.validation + split.holdout
        let profile = try FeatureProfile(
            table: features.selecting(unseen), probabilities: calibrate(validationRaw + holdoutRaw),
            keepingLevels: oneHotLevels)

        let trainRaw = try booster.predict(train, rounds: .throughBestIteration).map(Double.init)
        let cutPoints = try TierCutPoints.fit(
            probabilities: calibrate(trainRaw + validationRaw), shares: configuration.tierShares
        )
        // Mean |SHAP| settles long before all holdout rows are used; an even sample bounds the cost.
        let stride = max(1, split.holdout.count / Self.importanceSampleSize)
        let sample = Swift.stride(from: 0, to: split.holdout.count, by: stride).map { split.holdout[$0] }
        let sampleValues = try schema.encode(features.selecting(sample), scoringDate: reference)
        let sampleData = try DMatrix(
            values: sampleValues, rowCount: sample.count, columnCount: schema.featureCount,
            baseMargins: chosen.base?.margins(sampleValues, rowCount: sample.count),
            threadCount: configuration.threadCount
        )
        let importance = try Self.importance(
            booster: booster, schema: schema, data: sampleData, values: sampleValues, base: chosen.base)

        return TrainedModel(
            formatVersion: TrainedModel.currentFormatVersion,
            boosterJSON: try booster.jsonModel(),
            schema: schema,
            calibrator: calibrator,
            configuration: configuration,
            bestIteration: bestIteration,
            roundsTrained: rounds,
            referenceDate: reference,
            tierCutPoints: cutPoints,
            evaluation: evaluation,
            dataSummary: TrainingDataSummary(table: table, labels: labels, split: split, strategy: configuration.split),
            featureImportance: importance,
            featureProfile: profile,
            linearBase: chosen.base,
            candidates: candidates
        )
    }

    /// The linear base's ``RecencyWeights`` and the inputs that called for them: only with an `ordered` or `time`
    /// split, with ``TrainingConfiguration/recencyWeights`` on, and when some input moved between the train and
    /// validation rows (PSI above 0.2, the line model health flags). Where nothing moved, weighting would only
    /// discard data (on the demo territory it cost 0.016 of holdout ROC AUC).
    private func recencyWeights(
        split: DataSplit, times: [Double]?, features: ColumnTable, levels: [String: [String]]
    ) throws -> (weights: RecencyWeights, drifted: [String])? {
        guard configuration.usesRecencyWeights,
            let weights = try RecencyWeights(split: split, strategy: configuration.split, times: times)
        else { return nil }
        let drifted = try FeatureProfile.inputDrift(
            reference: features.selecting(split.train), current: features.selecting(split.validation),
            keepingLevels: levels
        ).filter(\.isDrifted).sorted { ($0.psi, $1.name) > ($1.psi, $0.name) }.map(\.name)
        return drifted.isEmpty ? nil : (weights, drifted)
    }

    /// One candidate's trees: the booster, its matrices (train, validation, holdout, with the base's margins
    /// when it has one), its best round and that round's validation log loss.
    struct FittedTrees {
        var booster: Booster
        var matrices: [DMatrix]
        var bestIteration: Int
        var rounds: Int
        var validationLogLoss: Double
    }

    /// Boosts trees on the train part with early stopping on the validation part, from `base`'s margins
    /// when given.
    private func fitTrees(
        schema: FeatureSchema,
        encoded: [[Float]],
        labels: [[Bool]],
        base: LinearBase?,
        progress: (TrainingProgress) -> Void
    ) throws -> FittedTrees {
        let matrices = try zip(encoded, labels).map { values, labels in
            try DMatrix(
                values: values, rowCount: labels.count, columnCount: schema.featureCount,
                labels: labels.map { $0 ? 1 : 0 }, baseMargins: base?.margins(values, rowCount: labels.count),
                threadCount: configuration.threadCount
            )
        }
        let booster = try Booster(cache: [matrices[0], matrices[1]])
        try booster.setParameters(configuration.boosterParameters)
        for (name, value) in configuration.extraParameters.sorted(by: { $0.key < $1.key }) {
            try booster.setParameter(name, to: value)
        }
        try booster.setFeatureNames(schema.featureNames)
        let (best, rounds, loss) = try boost(booster, train: matrices[0], validation: matrices[1], progress: progress)
        try booster.setBestIteration(best)
        return FittedTrees(
            booster: booster, matrices: matrices, bestIteration: best, rounds: rounds, validationLogLoss: loss)
    }

    /// At most about this many holdout rows are used for feature importance.
    static let importanceSampleSize = 2_000

    /// Boosts until `maxRounds` or until the validation log loss has not improved (strictly) for
    /// `earlyStoppingRounds` rounds, as xgboost's `EarlyStopping` callback does.
    ///
    /// - Returns: The best round (from 0), the number of rounds trained and the best validation log loss.
    private func boost(
        _ booster: Booster,
        train: DMatrix,
        validation: DMatrix,
        progress: (TrainingProgress) -> Void
    ) throws -> (best: Int, rounds: Int, loss: Double) {
        var best = 0
        var bestLoss = Double.infinity
        var round = 0
        while round < configuration.maxRounds {
            try booster.update(iteration: round, dtrain: train)
            let results = try booster.evaluate(iteration: round, on: [("validation", validation)])
            let loss = results.first { $0.metric == "logloss" }?.value ?? .nan
            if loss < bestLoss {
                bestLoss = loss
                best = round
            }
            progress(TrainingProgress(
                round: round, maxRounds: configuration.maxRounds, validationLogLoss: loss, bestRound: best
            ))
            round += 1
            if round - 1 - best >= configuration.earlyStoppingRounds { break }
        }
        return (best, round, bestLoss)
    }

    /// Mean |SHAP| per input column over `data`, most important first (ties by name); with a linear base,
    /// its contributions are added to the trees' (``LeadScorer/columnContributions(row:contributions:values:ranges:base:into:)``).
    static func importance(
        booster: Booster, schema: FeatureSchema, data: DMatrix, values: [Float], base: LinearBase?
    ) throws -> [FeatureImportance] {
        let contributions = try booster.predictContributions(data, rounds: .throughBestIteration)
        guard contributions.columnCount == schema.featureCount + 1 else {
            throw ScoringError(
                .lengthMismatch, "\(contributions.columnCount - 1) contributions for \(schema.featureCount) features")
        }
        let ranges = schema.featureRanges
        var sums = [Double](repeating: 0, count: schema.columns.count)
        var perColumn = sums
        contributions.values.withUnsafeBufferPointer { shap in
            for row in 0..<contributions.rowCount {
                _ = LeadScorer.columnContributions(
                    row: row, contributions: shap, values: values, ranges: ranges, base: base, into: &perColumn)
                for (index, value) in perColumn.enumerated() { sums[index] += abs(value) }
            }
        }
        let count = Double(max(contributions.rowCount, 1))
        return zip(schema.columns, sums)
            .map { FeatureImportance(feature: $0.name, meanAbsoluteContribution: $1 / count) }
            .sorted { ($0.meanAbsoluteContribution, $1.feature) > ($1.meanAbsoluteContribution, $0.feature) }
    }

    /// The latest date in any date column, if any.
    static func latestDate(in table: ColumnTable) -> Date? {
        let latest = table.columns.compactMap { column -> Double? in
            if case .dates(let values) = column.values { return values.filter(\.isFinite).max() }
            return nil
        }.max()
        return latest.map { Date(timeIntervalSince1970: $0) }
    }
}
