import Testing
import XGBoost

@Suite("Booster feature names")
struct BoosterFeatureNamesTests {
    @Test("names are set, saved in the JSON model, loaded and removed")
    func roundTrip() throws {
        let booster = try XGBoostFixtures.trainSmallModel(rounds: 2)
        #expect(try booster.featureNames() == [])
        let names = ["agents", "region=North", "region=other", "age_days", "active", "revenue"]
        try booster.setFeatureNames(names)
        #expect(try booster.featureNames() == names)
        let loaded = try Booster(jsonModel: try booster.jsonModel())
        #expect(try loaded.featureNames() == names)
        try loaded.setFeatureNames([])
        #expect(try loaded.featureNames() == [])
    }
}
