import Foundation
import Testing
import XGBoost

/// Models move both ways between this wrapper (Debian's XGBoost 1.7.4 C library) and Python's xgboost 1.7.6.
///
/// - Python → Swift: `python-model.json` was trained and saved by Python
///   (`scripts/fixtures/xgboost/make_python_model.py`), with Python's predictions beside it.
/// - Swift → Python: `swift-model.json` was trained and saved by this wrapper (the `writeSwiftModel` test
///   below, run once with `UPTAKE_WRITE_XGBOOST_FIXTURES=1`); Python loaded it and recorded its
///   predictions (`scripts/fixtures/xgboost/check_swift_model.py`). Our predictions must equal Python's.
///
/// Why Python's xgboost 1.7 and not the newest: the C library we link is Debian's `libxgboost-dev`,
/// XGBoost 1.7.4, and models written by Python's 2.x releases carry fields and a layout that 1.7 cannot
/// read. Models from 1.7.x Python load here, and ours load there.
@Suite("Interoperability with Python's xgboost")
struct InteroperabilityTests {
    @Test("a model trained by Python's xgboost predicts here as it did in Python")
    func pythonModelLoads() throws {
        let fixture = try XGBoostFixtures.pythonModel()
        #expect(fixture.xgboost_version.hasPrefix("1.7."))
        let booster = try Booster(contentsOf: XGBoostFixtures.pythonModelURL)
        let data = try XGBoostFixtures.matrix(fixture.score_rows)
        #expect(try booster.boostedRounds() == fixture.boosted_rounds)
        #expect(try booster.numberOfFeatures() == fixture.feature_count)
        #expect(try booster.bestIteration() == fixture.best_iteration)

        #expect(maxAbsoluteDifference(try booster.predict(data), fixture.probability) <= 1e-6)
        #expect(maxAbsoluteDifference(try booster.predictMargin(data), fixture.margin) <= 1e-6)
        let contributions = try booster.predictContributions(data)
        #expect(maxAbsoluteDifference(contributions.values, fixture.contributions.flatMap { $0 }) <= 1e-6)
        let best = try booster.predict(data, rounds: .throughBestIteration)
        #expect(maxAbsoluteDifference(best, fixture.probability_best) <= 1e-6)
        #expect(best != fixture.probability)
        let middle = try booster.predict(data, rounds: .range(2..<5))
        #expect(maxAbsoluteDifference(middle, fixture.probability_rounds_2_to_5) <= 1e-6)
    }

    @Test("a model trained here predicts in Python as it does here")
    func swiftModelMatchesPython() throws {
        let fixture = try XGBoostFixtures.pythonModel()
        let python = try XGBoostFixtures.pythonPredictionsOfSwiftModel()
        #expect(python.xgboost_version.hasPrefix("1.7."))
        let booster = try Booster(contentsOf: XGBoostFixtures.swiftModelURL)
        let data = try XGBoostFixtures.matrix(fixture.score_rows)
        #expect(try booster.boostedRounds() == python.boosted_rounds)
        #expect(try booster.numberOfFeatures() == python.feature_count)
        #expect(python.feature_names == XGBoostFixtures.swiftModelFeatureNames)
        #expect(try booster.featureNames() == python.feature_names)
        #expect(maxAbsoluteDifference(try booster.predict(data), python.probability) <= 1e-6)
        #expect(maxAbsoluteDifference(try booster.predictMargin(data), python.margin) <= 1e-6)
        let contributions = try booster.predictContributions(data).values
        #expect(maxAbsoluteDifference(contributions, python.contributions.flatMap { $0 }) <= 1e-6)
    }

    @Test("the committed Swift model is what this wrapper trains today")
    func swiftModelIsReproducible() throws {
        let fixture = try XGBoostFixtures.pythonModel()
        let committed = try Booster(contentsOf: XGBoostFixtures.swiftModelURL)
        let retrained = try XGBoostFixtures.trainSmallModel()
        let data = try XGBoostFixtures.matrix(fixture.score_rows)
        #expect(maxAbsoluteDifference(try retrained.predict(data), try committed.predict(data)) <= 1e-6)
    }

    @Test("training here with Python's parameters and data reproduces Python's model")
    func trainingMatchesPython() throws {
        // Python trained 25 rounds (early stopping kept them all, marking round 19 best) with the same
        // parameters, data and single thread as `trainSmallModel`.
        let fixture = try XGBoostFixtures.pythonModel()
        #expect(fixture.boosted_rounds == 25)
        let booster = try XGBoostFixtures.trainSmallModel(rounds: fixture.boosted_rounds)
        let data = try XGBoostFixtures.matrix(fixture.score_rows)
        #expect(maxAbsoluteDifference(try booster.predict(data), fixture.probability) <= 1e-6)
    }

    /// Writes `Fixtures/swift-model.json`. Run once, then run `check_swift_model.py`:
    ///
    ///     UPTAKE_WRITE_XGBOOST_FIXTURES=1 swift test --filter writeSwiftModel
    ///     /tmp/venv-xgb/bin/python scripts/fixtures/xgboost/check_swift_model.py
    @Test(.enabled(if: ProcessInfo.processInfo.environment["UPTAKE_WRITE_XGBOOST_FIXTURES"] == "1"))
    func writeSwiftModel() throws {
        let booster = try XGBoostFixtures.trainSmallModel()
        try booster.setFeatureNames(XGBoostFixtures.swiftModelFeatureNames)
        try booster.write(to: XGBoostFixtures.swiftModelURL)
        #expect(try Booster(contentsOf: XGBoostFixtures.swiftModelURL).boostedRounds() == 25)
    }
}
