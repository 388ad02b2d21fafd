import Foundation
import Testing
import UptakeCore
import XGBoost

@Suite("ModelTrainer: trees with and without a linear base, kept by validation log loss")
struct ModelTrainerLinearBaseTests {
    static let data = TrainingTestData.drifting(rows: 3_000)

    /// Both candidates on the drifting data, ordered split (the holdout lies beyond the training range).
    static let trained: (model: TrainedModel, steps: [TrainingProgress]) = {
        var configuration = TrainingTestData.quickConfiguration(split: .ordered)
        configuration.linearBase = true
        var steps: [TrainingProgress] = []
        let model = try? ModelTrainer(configuration: configuration)
            .train(table: data.table, labels: data.labels) { steps.append($0) }
        return (model!, steps)
    }()

    @Test("both candidates are trained and the one with the lower validation log loss is kept")
    func keepsTheBetterCandidate() throws {
        let (model, steps) = Self.trained
        let candidates = try #require(model.candidates)
        #expect(candidates.map(\.kind) == [.trees, .treesOnLinearBase])
        #expect(candidates.count { $0.chosen } == 1)
        let best = try #require(candidates.min { $0.validationLogLoss < $1.validationLogLoss })
        #expect(best.chosen)
        // On data whose signal drifts linearly, the base wins, and it is saved with the model.
        #expect(best.kind == .treesOnLinearBase)
        #expect(model.linearBase != nil)
        #expect(model.bestIteration == best.bestRound)
        // Progress covers both candidates, each's losses ending at its reported best.
        for (index, candidate) in candidates.enumerated() {
            let losses = steps.filter { $0.candidateIndex == index }.map(\.validationLogLoss)
            #expect(steps.filter { $0.candidateIndex == index }.allSatisfy { $0.candidate == candidate.kind })
            #expect(abs((losses.min() ?? .nan) - candidate.validationLogLoss) < 1e-12)
        }
        #expect(steps.allSatisfy { $0.candidateCount == 2 && $0.fraction > 0 && $0.fraction <= 1 })
        #expect(steps.last?.fraction == 1)
    }

    @Test("with an ordered split whose inputs moved, the base is weighted by recency unless turned off")
    func baseWeightedByRecency() throws {
        let base = try #require(Self.trained.model.linearBase)
        #expect(base.recencyHalfLife == Double(Self.trained.model.dataSummary.holdoutRows))
        #expect(base.driftedInputs == ["trend"])
        #expect(Self.trained.model.configuration.usesRecencyWeights)

        var unweighted = TrainingTestData.quickConfiguration(split: .ordered)
        unweighted.linearBase = true
        unweighted.recencyWeights = false
        let plain = try ModelTrainer(configuration: unweighted).train(table: Self.data.table, labels: Self.data.labels)
        let plainBase = try #require(plain.linearBase)
        #expect(plainBase.recencyHalfLife == nil)
        #expect(plainBase.regression.weights != base.regression.weights)

        var random = TrainingTestData.quickConfiguration(split: .random(seed: 3))
        random.linearBase = true
        let shuffled = try ModelTrainer(configuration: random).train(table: Self.data.table, labels: Self.data.labels)
        #expect(shuffled.candidates?.first { $0.kind == .treesOnLinearBase } != nil)
        #expect(shuffled.linearBase?.recencyHalfLife == nil)
    }

    @Test("with an ordered split whose inputs did not move, every row counts the same")
    func stationaryInputsAreNotWeighted() throws {
        let data = TrainingTestData.make(rows: 3_000)
        var configuration = TrainingTestData.quickConfiguration(split: .ordered)
        configuration.linearBase = true
        configuration.maxRounds = 5
        let model = try ModelTrainer(configuration: configuration).train(table: data.table, labels: data.labels)
        let candidates = try #require(model.candidates)
        #expect(candidates.map(\.kind) == [.trees, .treesOnLinearBase])
        if let base = model.linearBase {
            #expect(base.recencyHalfLife == nil && base.driftedInputs == nil)
        }
        let drift = try FeatureProfile.inputDrift(
            reference: data.table.selecting(Array(0..<1_920)), current: data.table.selecting(Array(1_920..<2_400)))
        #expect(drift.map(\.name) == ["agents", "region", "customer"])
        #expect(drift.allSatisfy { !$0.isDrifted })
    }

    @Test("the linear base beats plain trees on the holdout beyond the training range")
    func baseExtrapolates() throws {
        var plain = TrainingTestData.quickConfiguration(split: .ordered)
        plain.linearBase = false
        let trees = try ModelTrainer(configuration: plain).train(table: Self.data.table, labels: Self.data.labels)
        #expect(trees.linearBase == nil)
        #expect(trees.candidates?.map(\.kind) == [.trees])
        #expect(Self.trained.model.evaluation.logLoss < trees.evaluation.logLoss)
    }

    @Test("with a base, reasons plus the bias still equal the margin XGBoost predicts from the base margin")
    func reasonsSumToMargin() throws {
        let model = Self.trained.model
        let base = try #require(model.linearBase)
        let rows = Self.data.table.selecting(Array(stride(from: 0, to: 3_000, by: 10)))
        let scores = try LeadScorer(model: model, batchSize: 64).score(rows, scoringDate: model.referenceDate)
        let values = try model.schema.encode(rows, scoringDate: model.referenceDate)
        let matrix = try DMatrix(
            values: values, rowCount: rows.rowCount, columnCount: model.schema.featureCount,
            baseMargins: base.margins(values, rowCount: rows.rowCount)
        )
        let booster = try Booster(jsonModel: model.boosterJSON)
        let margins = try booster.predictMargin(matrix, rounds: .throughBestIteration)
        let raw = try booster.predict(matrix, rounds: .throughBestIteration)
        // XGBoost's own contributions include the base margin in the bias column.
        let contributions = try booster.predictContributions(matrix, rounds: .throughBestIteration)
        for (index, score) in scores.enumerated() {
            #expect(abs(score.margin - Double(margins[index])) < 1e-4)
            #expect(abs(Double(contributions.row(index).reduce(0, +)) - Double(margins[index])) < 1e-4)
            #expect(score.probability == model.calibratedProbability(raw: Double(raw[index])))
            let reasons = score.positiveReasons + score.negativeReasons
            #expect(reasons.contains { $0.feature == "trend" })
        }
        // The trend's reason follows its sign: above its mean it raises the chance, below it lowers it.
        let first = try #require(scores.first?.negativeReasons.first)
        let last = try #require(scores.last?.positiveReasons.first)
        #expect(first.feature == "trend" && last.feature == "trend")
    }

    @Test("calibrated probabilities keep the raw order: no ties from isotonic steps, and within 1e-6 of the steps")
    func tieBreak() throws {
        let model = Self.trained.model
        let raws = stride(from: 0.0, through: 1.0, by: 0.001).map { $0 }
        let calibrated = raws.map { model.calibratedProbability(raw: $0) }
        #expect(zip(calibrated, calibrated.dropFirst()).allSatisfy { $0 < $1 })
        for (raw, probability) in zip(raws, calibrated) {
            let stepped = min(max(model.calibrator.calibrate(raw), 0.001), 0.999)
            #expect(abs(probability - stepped) <= TrainedModel.tieBreakWeight)
        }
    }

    @Test("a model saved without a base or candidates still loads")
    func oldModelLoads() throws {
        var object = try #require(
            JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.trained.model)) as? [String: Any])
        object["linearBase"] = nil
        object["candidates"] = nil
        var configuration = try #require(object["configuration"] as? [String: Any])
        configuration["linearBase"] = nil
        object["configuration"] = configuration
        let decoded = try JSONDecoder().decode(
            TrainedModel.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(decoded.linearBase == nil && decoded.candidates == nil)
        #expect(decoded.configuration.usesLinearBase)
    }
}
