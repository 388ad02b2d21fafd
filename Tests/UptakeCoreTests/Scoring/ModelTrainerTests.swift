import Foundation
import Testing
import UptakeCore
import XGBoost

@Suite("ModelTrainer: split, early stopping, calibration, evaluation")
struct ModelTrainerTests {
    static let data = TrainingTestData.make(rows: 3_000)

    /// One model shared by the tests that only read it (training takes a moment).
    static let trained: (model: TrainedModel, losses: [Double]) = {
        var losses: [Double] = []
        let model = try? ModelTrainer(configuration: TrainingTestData.quickConfiguration())
            .train(table: data.table, labels: data.labels) { losses.append($0.validationLogLoss) }
        return (model!, losses)
    }()

    /// The validation slice's labels and the model's raw probabilities for it.
    static func validationPredictions(
        _ model: TrainedModel, rounds: PredictionRounds
    ) throws -> (labels: [Bool], raw: [Double]) {
        let split = try ModelTrainer(configuration: model.configuration).split(Self.data.table)
        let validation = Self.data.table.selecting(split.validation)
        let labels = split.validation.map { Self.data.labels[$0] }
        let booster = try Booster(jsonModel: model.boosterJSON)
        let matrix = try DMatrix(
            values: model.schema.encode(validation, scoringDate: model.referenceDate),
            rowCount: validation.rowCount, columnCount: model.schema.featureCount
        )
        return (labels, try booster.predict(matrix, rounds: rounds).map(Double.init))
    }

    @Test("early stopping keeps the round with the lowest validation log loss and stops `patience` rounds later")
    func earlyStopping() throws {
        let (model, losses) = Self.trained
        #expect(losses.count == model.roundsTrained)
        let best = try #require(losses.indices.min { losses[$0] < losses[$1] })
        #expect(model.bestIteration == best)
        #expect(model.roundsTrained < 300, "the run should stop early on this data")
        #expect(model.roundsTrained == best + 1 + 20)
        let booster = try Booster(jsonModel: model.boosterJSON)
        #expect(try booster.bestIteration() == best)
        #expect(try booster.boostedRounds() == model.roundsTrained)
    }

    @Test("the validation log loss XGBoost reports is the log loss of the predictions through that round")
    func progressLossesMatchPredictions() throws {
        let (model, losses) = Self.trained
        let (labels, raw) = try Self.validationPredictions(model, rounds: .range(0..<(model.bestIteration + 1)))
        let ours = try ScoringMetrics.logLoss(labels: labels, probabilities: raw)
        #expect(abs(ours - losses[model.bestIteration]) < 1e-5)
    }

    @Test("isotonic calibration lowers (or keeps) the log loss on the validation slice")
    func calibrationHelpsOnValidation() throws {
        let (model, _) = Self.trained
        let (labels, raw) = try Self.validationPredictions(model, rounds: .throughBestIteration)
        let calibrated = raw.map { min(max(model.calibrator.calibrate($0), 0.001), 0.999) }
        let rawLoss = try ScoringMetrics.logLoss(labels: labels, probabilities: raw)
        let calibratedLoss = try ScoringMetrics.logLoss(labels: labels, probabilities: calibrated)
        #expect(calibratedLoss <= rawLoss + 1e-12)
        let rawECE = try ScoringMetrics.expectedCalibrationError(labels: labels, probabilities: raw)
        let calibratedECE = try ScoringMetrics.expectedCalibrationError(labels: labels, probabilities: calibrated)
        #expect(calibratedECE <= rawECE)
    }

    @Test("holdout evaluation is on calibrated probabilities and the model ranks well above chance")
    func holdoutEvaluation() throws {
        let (model, _) = Self.trained
        let e = model.evaluation
        #expect(e.rowCount == 600)
        #expect(model.dataSummary.trainRows == 1_920)
        #expect(model.dataSummary.validationRows == 480)
        #expect(e.rocAUC > 0.7)
        #expect(e.expectedCalibrationError < 0.1)
        #expect(e.reliability.count == 10)
        #expect(e.deciles.count == 10)
        #expect(abs(e.deciles[9].cumulativeGain - 1) < 1e-12)
        #expect(model.featureImportance.map(\.feature).sorted() == ["agents", "customer", "last_contact", "region"])
        #expect(model.featureImportance[0].meanAbsoluteContribution >= model.featureImportance[3].meanAbsoluteContribution)
    }

    @Test("the data summary counts rows and outcomes and fingerprints the data")
    func dataSummary() throws {
        let (model, _) = Self.trained
        let summary = model.dataSummary
        #expect(summary.rows == 3_000)
        #expect(summary.positives == Self.data.labels.count { $0 })
        #expect(summary.lastDate == TrainingTestData.snapshot)
        #expect(summary.contentHash == Self.data.table.contentHash(labels: Self.data.labels))
        #expect(summary.contentHash.count == 16)
        var flipped = Self.data.labels
        flipped[0].toggle()
        #expect(Self.data.table.contentHash(labels: flipped) != summary.contentHash)
        #expect(model.referenceDate == TrainingTestData.snapshot)
    }

    @Test("too few outcomes is refused with the counts and a pointer to the rules scorer")
    func refusesTooLittleData() throws {
        let small = TrainingTestData.make(rows: 200, seed: 11, baseLogOdds: -3.5)
        let positives = small.labels.count { $0 }
        #expect(positives < 40)
        let error = try #require(throws: TrainingError.self) {
            try ModelTrainer().train(table: small.table, labels: small.labels)
        }
        #expect(error.code == .insufficientData)
        #expect(error.message.contains("\(positives) positives (need 40)"))
        #expect(error.message.contains("in the holdout"))
        #expect(error.message.contains("rules scorer"))
    }

    @Test("the model survives a JSON round trip and its summary has the CLI's keys")
    func codable() throws {
        let (model, _) = Self.trained
        let encoder = JSONEncoder()
        let decoded = try JSONDecoder().decode(TrainedModel.self, from: encoder.encode(model))
        #expect(decoded == model)
        let summary = try JSONSerialization.jsonObject(with: encoder.encode(TrainingMetricsSummary(model: model)))
        let keys = try #require(summary as? [String: Any]).keys.sorted()
        #expect(keys == [
            "average_precision", "brier", "ece", "log_loss", "positives_holdout", "roc_auc", "rows_holdout",
            "rows_train",
        ])
        #expect(TrainingMetricsSummary(model: model).rocAUC == model.evaluation.rocAUC)
    }

    @Test("the model carries a profile of its unseen rows, and a model saved before profiles still loads")
    func featureProfile() throws {
        let (model, _) = Self.trained
        let profile = try #require(model.featureProfile)
        #expect(profile.referenceRowCount == model.dataSummary.validationRows + model.dataSummary.holdoutRows)
        #expect(profile.columns.map(\.name) == model.schema.columns.filter {
            if case .date = $0.encoding { return false }
            return true
        }.map(\.name))
        // A categorical column's bins are the model's one-hot levels (rare levels pool in "other").
        for column in model.schema.columns {
            guard case .category(let levels) = column.encoding else { continue }
            #expect(profile.columns.first { $0.name == column.name }?.binning == .categorical(levels: levels))
        }
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(model)) as? [String: Any])
        object["featureProfile"] = nil
        let old = try JSONDecoder().decode(TrainedModel.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.featureProfile == nil && old.boosterJSON == model.boosterJSON)
    }

    @Test("a time split holds out the most recent rows and does not use the time column as a feature")
    func timeSplit() throws {
        let configuration = TrainingTestData.quickConfiguration(split: .time(column: "last_contact"))
        let model = try ModelTrainer(configuration: configuration)
            .train(table: Self.data.table, labels: Self.data.labels)
        #expect(!model.schema.columns.map(\.name).contains("last_contact"))
        #expect(model.dataSummary.holdoutRows == 600)
        #expect(throws: TrainingError.self) {
            try ModelTrainer(configuration: TrainingTestData.quickConfiguration(split: .time(column: "region")))
                .train(table: Self.data.table, labels: Self.data.labels)
        }
    }
}
