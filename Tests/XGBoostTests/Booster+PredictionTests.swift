import Foundation
import Testing
import XGBoost

@Suite("Booster prediction")
struct BoosterPredictionTests {
    @Test("SHAP contributions of every row sum to its margin")
    func contributionsSumToMargin() throws {
        let fixture = try XGBoostFixtures.pythonModel()
        let booster = try XGBoostFixtures.trainSmallModel()
        let data = try XGBoostFixtures.matrix(fixture.score_rows)
        let margins = try booster.predictMargin(data)
        let contributions = try booster.predictContributions(data)
        #expect(contributions.rowCount == fixture.score_rows.count)
        #expect(contributions.columnCount == fixture.feature_count + 1)
        for row in 0..<contributions.rowCount {
            let sum = contributions.row(row).map(Double.init).reduce(0, +)
            #expect(abs(sum - Double(margins[row])) < 1e-5, "row \(row)")
        }
        // The margin is the log-odds of the probability.
        let probabilities = try booster.predict(data)
        for (p, m) in zip(probabilities, margins) {
            #expect(abs(Double(p) - 1 / (1 + exp(-Double(m)))) < 1e-6)
        }
    }

    @Test("a round range uses only those rounds; the best iteration stops there")
    func roundLimits() throws {
        let fixture = try XGBoostFixtures.pythonModel()
        let booster = try XGBoostFixtures.trainSmallModel(rounds: 20)
        let data = try XGBoostFixtures.matrix(fixture.score_rows)
        let all = try booster.predict(data)
        let first5 = try booster.predict(data, rounds: .range(0..<5))
        #expect(all != first5)
        // Without the attribute, `.throughBestIteration` means every round (Python's behaviour).
        #expect(try booster.predict(data, rounds: .throughBestIteration) == all)
        try booster.setBestIteration(4)
        #expect(try booster.predict(data, rounds: .throughBestIteration) == first5)
        // Margins add up over disjoint round ranges (minus the base score counted twice).
        let early = try booster.predictMargin(data, rounds: .range(0..<5))
        let late = try booster.predictMargin(data, rounds: .range(5..<20))
        let whole = try booster.predictMargin(data)
        for row in 0..<whole.count {
            // base score 0.5 has margin 0, so the two halves add up exactly.
            #expect(abs(early[row] + late[row] - whole[row]) < 1e-5)
        }
        #expect(throws: XGBoostError.self) { _ = try booster.predict(data, rounds: .range(3..<3)) }
    }

    @Test("an empty batch scores to nothing")
    func emptyBatch() throws {
        let booster = try XGBoostFixtures.trainSmallModel(rounds: 3)
        let empty = try DMatrix(values: [], rowCount: 0, columnCount: 6)
        #expect(empty.rowCount == 0)
        #expect(try booster.predict(empty) == [])
        #expect(try booster.predictMargin(empty) == [])
        #expect(try booster.predictContributions(empty).rowCount == 0)
    }

    @Test("too few columns is rejected; too many fails with XGBoost's message")
    func wrongFeatureCount() throws {
        let booster = try XGBoostFixtures.trainSmallModel(rounds: 3)
        let narrow = try DMatrix(rows: [[1, 2, 3, 4, 5]])
        #expect {
            _ = try booster.predict(narrow)
        } throws: { error in
            let error = try #require(error as? XGBoostError)
            return error.code == .invalidArgument && error.message.contains("5 columns")
                && error.message.contains("6 features")
        }
        let wide = try DMatrix(rows: [[1, 2, 3, 4, 5, 6, 7]])
        #expect {
            _ = try booster.predict(wide)
        } throws: { error in
            let error = try #require(error as? XGBoostError)
            return error.code == .libraryFailure && error.function == "XGBoosterPredictFromDMatrix"
                && error.message.contains("Number of columns does not match")
        }
    }

    @Test("many concurrent tasks scoring with one booster get the serial results")
    func concurrentScoring() async throws {
        let fixture = try XGBoostFixtures.pythonModel()
        let booster = try XGBoostFixtures.trainSmallModel()
        let rows = fixture.score_rows.map { $0.map { $0 ?? .nan } }
        let shared = try DMatrix(rows: rows)
        // Each task scores a different slice so that a mixed-up buffer would show.
        let slices = (0..<48).map { task in Array(rows[(task % 30)..<(task % 30 + 30)]) }
        let serial = try slices.map { slice in
            let data = try DMatrix(rows: slice)
            return [try booster.predict(data), try booster.predictMargin(data),
                    try booster.predictContributions(data).values]
        }
        let serialShared = try booster.predict(shared)
        let concurrent = try await withThrowingTaskGroup(of: (Int, [[Float]], [Float]).self) { group in
            for (task, slice) in slices.enumerated() {
                group.addTask {
                    let data = try DMatrix(rows: slice)
                    let own = [try booster.predict(data), try booster.predictMargin(data),
                               try booster.predictContributions(data).values]
                    return (task, own, try booster.predict(shared))
                }
            }
            var results: [Int: ([[Float]], [Float])] = [:]
            for try await (task, own, sharedResult) in group { results[task] = (own, sharedResult) }
            return results
        }
        #expect(concurrent.count == slices.count)
        for task in slices.indices {
            #expect(concurrent[task]?.0 == serial[task], "task \(task)")
            #expect(concurrent[task]?.1 == serialShared, "task \(task)")
        }
    }
}
