import Foundation
import Testing
import XGBoost

@Suite("Booster")
struct BoosterTests {
    @Test("training on the small fixture lowers the training log loss and separates the classes")
    func trainAndPredict() throws {
        let fixture = try XGBoostFixtures.pythonModel()
        let train = try XGBoostFixtures.matrix(fixture.train_rows, labels: fixture.train_labels)
        let booster = try Booster(cache: [train])
        try booster.setParameters(XGBoostFixtures.trainingParameters)
        var losses: [Double] = []
        for round in 0..<25 {
            try booster.update(iteration: round, dtrain: train)
            let results = try booster.evaluate(iteration: round, on: [("train", train)])
            #expect(results.map(\.metric) == ["logloss", "auc"])
            losses.append(try #require(results.first { $0.metric == "logloss" }).value)
        }
        #expect(zip(losses, losses.dropFirst()).allSatisfy { $0 > $1 })
        #expect(try booster.boostedRounds() == 25)
        #expect(try booster.numberOfFeatures() == fixture.feature_count)

        let probabilities = try booster.predict(train)
        #expect(probabilities.count == fixture.train_rows.count)
        #expect(probabilities.allSatisfy { $0 > 0 && $0 < 1 })
        let positives = zip(probabilities, fixture.train_labels).filter { $0.1 == 1 }.map(\.0)
        let negatives = zip(probabilities, fixture.train_labels).filter { $0.1 == 0 }.map(\.0)
        let meanPositive = positives.reduce(0, +) / Float(positives.count)
        let meanNegative = negatives.reduce(0, +) / Float(negatives.count)
        #expect(meanPositive > meanNegative + 0.2)
    }

    @Test("evaluation reports XGBoost's logloss, which matches the log loss of the predictions")
    func evaluationMatchesPredictions() throws {
        let fixture = try XGBoostFixtures.pythonModel()
        let train = try XGBoostFixtures.matrix(fixture.train_rows, labels: fixture.train_labels)
        let booster = try XGBoostFixtures.trainSmallModel(rounds: 10)
        let results = try booster.evaluate(iteration: 9, on: [("train", train), ("train-again", train)])
        #expect(results.map(\.dataset) == ["train", "train", "train-again", "train-again"])
        let reported = try #require(results.first { $0.metric == "logloss" }).value
        let probabilities = try booster.predict(train).map(Double.init)
        let labels = fixture.train_labels.map(Double.init)
        let terms: [Double] = zip(probabilities, labels).map { p, y in
            -(y * log(p) + (1 - y) * log(1 - p))
        }
        let loss = terms.reduce(0, +) / Double(labels.count)
        #expect(abs(reported - loss) < 1e-5)
    }

    @Test("an unknown parameter value fails with XGBoost's message")
    func badParameter() throws {
        let train = try DMatrix(rows: [[0], [1]], labels: [0, 1])
        let booster = try Booster(cache: [train])
        try booster.setParameter("objective", to: "binary:no-such-objective")
        #expect {
            try booster.update(iteration: 0, dtrain: train)
        } throws: { error in
            let error = try #require(error as? XGBoostError)
            return error.code == .libraryFailure && error.function == "XGBoosterUpdateOneIter"
                && error.message.contains("binary:no-such-objective")
        }
    }

    @Test("labels outside [0, 1] for a logistic objective fail with XGBoost's message")
    func badLabels() throws {
        let train = try DMatrix(rows: [[0], [1]], labels: [0, 3])
        let booster = try Booster(cache: [train])
        try booster.setParameters(BoosterParameters(objective: .binaryLogistic))
        #expect {
            try booster.update(iteration: 0, dtrain: train)
        } throws: { error in
            let error = try #require(error as? XGBoostError)
            return error.message.lowercased().contains("label")
        }
    }

    @Test("attributes are set, read, listed and deleted")
    func attributes() throws {
        let booster = try XGBoostFixtures.trainSmallModel(rounds: 2)
        #expect(try booster.attribute("schema") == nil)
        try booster.setAttribute("schema", to: "v3")
        try booster.setBestIteration(1)
        #expect(try booster.attribute("schema") == "v3")
        #expect(try booster.bestIteration() == 1)
        #expect(try booster.attributeNames() == ["best_iteration", "schema"])
        try booster.setAttribute("schema", to: nil)
        #expect(try booster.attributeNames() == ["best_iteration"])
    }

    @Test("typed parameters become XGBoost name/value pairs")
    func parameterPairs() {
        var parameters = BoosterParameters(objective: .binaryLogistic, maxDepth: 4, eta: 0.05)
        parameters.evaluationMetrics = ["logloss", "auc"]
        parameters.subsample = 0.8
        let pairs = parameters.pairs.map { "\($0.name)=\($0.value)" }
        #expect(pairs == [
            "objective=binary:logistic", "max_depth=4", "eta=0.05", "subsample=0.8",
            "eval_metric=logloss", "eval_metric=auc",
        ])
    }
}
