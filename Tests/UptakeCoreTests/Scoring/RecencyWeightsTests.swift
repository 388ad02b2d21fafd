import Foundation
import Testing
@testable import UptakeCore

@Suite("Recency weights")
struct RecencyWeightsTests {
    @Test("a row one half-life older than the newest counts half; the weights average 1")
    func halvesPerHalfLife() throws {
        let weights = try RecencyWeights(places: (0..<100).map(Double.init), halfLife: 25)
        #expect(weights.halfLife == 25)
        #expect(abs(weights.values[99] / weights.values[74] - 2) < 1e-12)
        #expect(abs(weights.values[99] / weights.values[49] - 4) < 1e-12)
        #expect(abs(weights.values.reduce(0, +) / 100 - 1) < 1e-12)
        #expect(zip(weights.values, weights.values.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test("an ordered split weighs train then validation rows by row number, half-life the holdout's rows")
    func orderedSplit() throws {
        let split = try DataSplit.make(rowCount: 200, strategy: .ordered, holdoutFraction: 0.2)
        let weights = try #require(try RecencyWeights(split: split, strategy: .ordered))
        #expect(weights.halfLife == 40)
        #expect(weights.values.count == split.train.count + split.validation.count)
        let newest = try #require(weights.values.last)
        // Row 159 is the newest before the holdout; row 119 is one half-life older.
        #expect(abs(newest / weights.values[119] - 2) < 1e-12)
    }

    @Test("a random split has no time order and no weights")
    func randomSplit() throws {
        let split = try DataSplit.make(rowCount: 200, strategy: .random(seed: 3))
        #expect(try RecencyWeights(split: split, strategy: .random(seed: 3)) == nil)
    }

    @Test("a time split places rows by their times, and equal times weigh the same")
    func timeSplit() throws {
        // Times run backwards against row order, in pairs: rows 2k and 2k+1 share a time.
        let times = (0..<100).map { Double(1_000 - $0 / 2) }
        let strategy = SplitStrategy.time(column: "t")
        let split = try DataSplit.make(rowCount: 100, strategy: strategy, holdoutFraction: 0.2, times: times)
        let weights = try #require(try RecencyWeights(split: split, strategy: strategy, times: times))
        let rows = split.train + split.validation
        let weightOf = Dictionary(uniqueKeysWithValues: zip(rows, weights.values))
        // The holdout holds the latest times, rows 0-19; row 20 is the newest fitted row.
        #expect(split.holdout == Array(0..<20))
        let newest = try #require(weightOf[20])
        #expect(weightOf[21] == newest)
        #expect(weights.values.allSatisfy { $0 <= newest })
        let (oldest, older) = (try #require(weightOf[99]), try #require(weightOf[60]))
        #expect(oldest < older)
        #expect(RecencyWeights.ranks([3, 1, 3, 2]) == [2.5, 0, 2.5, 1])
    }

    @Test("no rows, a non-positive half-life, a missing place or missing times are refused")
    func refusesBadInput() throws {
        #expect(throws: TrainingError.self) { try RecencyWeights(places: [], halfLife: 1) }
        #expect(throws: TrainingError.self) { try RecencyWeights(places: [0, 1], halfLife: 0) }
        #expect(throws: TrainingError.self) { try RecencyWeights(places: [0, .nan], halfLife: 1) }
        let split = try DataSplit.make(rowCount: 50, strategy: .ordered)
        #expect(throws: TrainingError.self) { try RecencyWeights(split: split, strategy: .time(column: "t")) }
    }
}
