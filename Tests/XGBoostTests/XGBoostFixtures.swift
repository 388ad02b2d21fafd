import Foundation
import XGBoost

/// The committed fixtures in `Tests/XGBoostTests/Fixtures`, read relative to this file.
enum XGBoostFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Made by `scripts/fixtures/xgboost/make_python_model.py` with Python's xgboost 1.7.6.
    struct PythonModel: Decodable {
        var xgboost_version: String
        var feature_count: Int
        var train_rows: [[Float?]]
        var train_labels: [Float]
        var score_rows: [[Float?]]
        var boosted_rounds: Int
        var best_iteration: Int
        var probability: [Float]
        var margin: [Float]
        var contributions: [[Float]]
        var probability_best: [Float]
        var probability_rounds_2_to_5: [Float]
    }

    /// Python's predictions for the model our wrapper trained (`scripts/fixtures/xgboost/check_swift_model.py`).
    struct PythonPredictionsOfSwiftModel: Decodable {
        var xgboost_version: String
        var boosted_rounds: Int
        var feature_count: Int
        var feature_names: [String]
        var probability: [Float]
        var margin: [Float]
        var contributions: [[Float]]
    }

    /// The feature names the Swift-trained fixture model carries.
    static let swiftModelFeatureNames = ["x0", "x1", "x2", "count", "x4", "x5"]

    /// Made by `scripts/fixtures/xgboost/make_newer_model.py` with Python's xgboost 3.x.
    struct NewerModel: Decodable {
        var xgboost_version: String
        var rows: [[Float]]
        var probability: [Float]
    }

    static func newerModel() throws -> NewerModel {
        try decode(NewerModel.self, "xgboost-3-model-data.json")
    }

    static let pythonModelURL = directory.appendingPathComponent("python-model.json")
    static let swiftModelURL = directory.appendingPathComponent("swift-model.json")

    static func pythonModel() throws -> PythonModel {
        try decode(PythonModel.self, "python-model-data.json")
    }

    static func pythonPredictionsOfSwiftModel() throws -> PythonPredictionsOfSwiftModel {
        try decode(PythonPredictionsOfSwiftModel.self, "swift-model-python-predictions.json")
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// JSON has no NaN: the fixtures write a missing value as null.
    static func matrix(_ rows: [[Float?]], labels: [Float]? = nil) throws -> DMatrix {
        try DMatrix(rows: rows.map { $0.map { $0 ?? .nan } }, labels: labels)
    }

    /// The parameters the Swift-trained fixture model uses (also used by the training tests).
    static var trainingParameters: BoosterParameters {
        var parameters = BoosterParameters(objective: .binaryLogistic, maxDepth: 3, eta: 0.1, seed: 7)
        parameters.treeMethod = .hist
        parameters.threadCount = 1
        parameters.evaluationMetrics = ["logloss", "auc"]
        return parameters
    }

    /// Trains `rounds` rounds on the Python fixture's training rows.
    static func trainSmallModel(rounds: Int = 25) throws -> Booster {
        let fixture = try pythonModel()
        let train = try matrix(fixture.train_rows, labels: fixture.train_labels)
        let booster = try Booster(cache: [train])
        try booster.setParameters(trainingParameters)
        for round in 0..<rounds {
            try booster.update(iteration: round, dtrain: train)
        }
        return booster
    }
}

/// The largest absolute difference between two equally long arrays (infinity when lengths differ).
func maxAbsoluteDifference(_ a: [Float], _ b: [Float]) -> Float {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}
