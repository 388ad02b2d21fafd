import Foundation
import Testing
import XGBoost

@Suite("Booster serialization")
struct BoosterSerializationTests {
    @Test("save as JSON, load, and predict identically (memory and file)")
    func roundTrip() throws {
        let fixture = try XGBoostFixtures.pythonModel()
        let booster = try XGBoostFixtures.trainSmallModel()
        try booster.setAttribute("schema", to: "v1")
        let data = try XGBoostFixtures.matrix(fixture.score_rows)

        let json = try booster.jsonModel()
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["learner"] != nil)
        #expect(object["version"] != nil)

        let fromMemory = try Booster(jsonModel: json)
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("uptake-xgb-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try booster.write(to: file)
        let fromFile = try Booster(contentsOf: file)

        for loaded in [fromMemory, fromFile] {
            #expect(try loaded.predict(data) == booster.predict(data))
            #expect(try loaded.predictMargin(data) == booster.predictMargin(data))
            #expect(try loaded.predictContributions(data) == booster.predictContributions(data))
            #expect(try loaded.boostedRounds() == 25)
            #expect(try loaded.numberOfFeatures() == fixture.feature_count)
            #expect(try loaded.attribute("schema") == "v1")
        }
        #expect(try fromMemory.jsonModel() == json)
    }

    @Test("garbage model bytes fail with XGBoost's message", arguments: [
        "not a model", #"{"learner": 1}"#, "{ broken json",
    ])
    func garbage(text: String) {
        #expect {
            _ = try Booster(jsonModel: Data(text.utf8))
        } throws: { error in
            let error = try #require(error as? XGBoostError)
            return error.code == .libraryFailure && error.function == "XGBoosterLoadModelFromBuffer"
                && !error.message.isEmpty
        }
    }

    @Test("a model from Python's xgboost 3.x is refused: XGBoost 1.7 would misread it silently")
    func newerModelIsRefused() throws {
        let url = XGBoostFixtures.directory.appendingPathComponent("xgboost-3-model.json")
        let json = try Data(contentsOf: url)
        #expect {
            _ = try Booster(jsonModel: json)
        } throws: { error in
            let error = try #require(error as? XGBoostError)
            return error.code == .unsupportedModel && error.message.contains("3.2.0")
                && error.message.contains("1.7")
        }

        // Why: the same model relabelled as 1.7 loads without error and predicts wrongly.
        let fixture = try XGBoostFixtures.newerModel()
        let text = try #require(String(data: json, encoding: .utf8))
        #expect(text.contains(#""version":[3,2,0]"#))
        let relabelled = try Booster(
            jsonModel: Data(text.replacingOccurrences(of: #""version":[3,2,0]"#, with: #""version":[1,7,4]"#).utf8)
        )
        let predictions = try relabelled.predict(try DMatrix(rows: fixture.rows))
        #expect(maxAbsoluteDifference(predictions, fixture.probability) > 1e-3)
    }

    @Test("empty model bytes are rejected before XGBoost reads them")
    func empty() {
        #expect(throws: XGBoostError.self) { _ = try Booster(jsonModel: Data()) }
    }
}
