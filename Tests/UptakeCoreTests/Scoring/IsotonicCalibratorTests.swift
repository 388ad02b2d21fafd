import Foundation
import Testing
import UptakeCore

@Suite("IsotonicCalibrator against scikit-learn")
struct IsotonicCalibratorTests {
    @Test("the fixture was made by scikit-learn and holds every case")
    func fixtureIsComplete() throws {
        #expect(try ScoringFixtures.isotonic().sklearn_version.hasPrefix("1."))
        #expect(ScoringFixtures.isotonicCases.count == 5)
    }

    @Test("thresholds and predictions match IsotonicRegression(out_of_bounds=\"clip\")",
          arguments: ScoringFixtures.isotonicCases)
    func matchesScikitLearn(fixture: ScoringFixtures.IsotonicCase) throws {
        let calibrator = try IsotonicCalibrator(fitting: fixture.x, outcomes: fixture.y, weights: fixture.weights)
        #expect(calibrator.thresholds == fixture.x_thresholds)
        #expect(calibrator.values.count == fixture.y_thresholds.count)
        for (ours, theirs) in zip(calibrator.values, fixture.y_thresholds) {
            #expect(close(ours, theirs))
        }
        let predictions = calibrator.calibrate(fixture.queries)
        for (index, (ours, theirs)) in zip(predictions, fixture.predictions).enumerated() {
            #expect(close(ours, theirs), "query \(fixture.queries[index]): \(ours) vs \(theirs)")
        }
    }

    @Test("binary labels fit the same as 0/1 outcomes; zero weights are ignored")
    func labelsAndZeroWeights() throws {
        let scores = [0.1, 0.4, 0.35, 0.8, 0.7, 0.2]
        let labels = [false, true, false, true, true, false]
        let fromLabels = try IsotonicCalibrator(fitting: scores, labels: labels)
        let fromOutcomes = try IsotonicCalibrator(fitting: scores, outcomes: labels.map { $0 ? 1 : 0 })
        #expect(fromLabels == fromOutcomes)
        let withIgnored = try IsotonicCalibrator(
            fitting: scores + [0.5], labels: labels + [false], weights: [1, 1, 1, 1, 1, 1, 0]
        )
        #expect(withIgnored == fromLabels)
    }

    @Test("Codable round trip keeps the function; decoding rejects a non-monotone calibrator")
    func codable() throws {
        let calibrator = try IsotonicCalibrator(fitting: [0.1, 0.3, 0.2, 0.9], labels: [false, true, false, true])
        let data = try JSONEncoder().encode(calibrator)
        let decoded = try JSONDecoder().decode(IsotonicCalibrator.self, from: data)
        #expect(decoded == calibrator)
        #expect(decoded.calibrate(0.25) == calibrator.calibrate(0.25))
        let bad = Data(#"{"thresholds": [0.1, 0.5], "values": [0.9, 0.2]}"#.utf8)
        #expect(throws: ScoringError.self) { _ = try JSONDecoder().decode(IsotonicCalibrator.self, from: bad) }
    }

    @Test("bad input is rejected")
    func badInput() {
        #expect(throws: ScoringError.self) { _ = try IsotonicCalibrator(fitting: [0.1], outcomes: [1, 0]) }
        #expect(throws: ScoringError.self) { _ = try IsotonicCalibrator(fitting: [], outcomes: []) }
        #expect(throws: ScoringError.self) { _ = try IsotonicCalibrator(fitting: [.nan], outcomes: [1]) }
        #expect(throws: ScoringError.self) {
            _ = try IsotonicCalibrator(fitting: [0.1, 0.2], outcomes: [1, 0], weights: [1, -1])
        }
    }
}
