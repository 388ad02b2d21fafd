import Testing
import UptakeCore

@Suite("DataSplit: three disjoint parts")
struct DataSplitTests {
    static func expectPartition(_ split: DataSplit, rows: Int) {
        let all = split.train + split.validation + split.holdout
        #expect(all.count == rows)
        #expect(Set(all) == Set(0..<rows), "every row exactly once")
        #expect(Set(split.train).isDisjoint(with: split.validation))
        #expect(Set(split.train).isDisjoint(with: split.holdout))
        #expect(Set(split.validation).isDisjoint(with: split.holdout))
    }

    @Test("sizes: holdout 20% of all, validation 20% of the rest", arguments: [
        SplitStrategy.random(seed: 1), .ordered,
    ])
    func sizes(strategy: SplitStrategy) throws {
        let split = try DataSplit.make(rowCount: 1_000, strategy: strategy)
        Self.expectPartition(split, rows: 1_000)
        #expect(split.holdout.count == 200)
        #expect(split.validation.count == 160)
        #expect(split.train.count == 640)
        let odd = try DataSplit.make(rowCount: 41_188, strategy: strategy, holdoutFraction: 0.2, validationFraction: 0.2)
        #expect(odd.holdout.count == 8_238)
        #expect(odd.validation.count == 6_590)
        Self.expectPartition(odd, rows: 41_188)
    }

    @Test("ordered: the last rows are the holdout, the rows before them validation")
    func ordered() throws {
        let split = try DataSplit.make(rowCount: 100, strategy: .ordered, holdoutFraction: 0.1, validationFraction: 0.5)
        #expect(split.holdout == Array(90..<100))
        #expect(split.validation == Array(45..<90))
        #expect(split.train == Array(0..<45))
    }

    @Test("random: the same seed gives the same split, another seed another; rows are mixed")
    func randomIsSeeded() throws {
        let a = try DataSplit.make(rowCount: 500, strategy: .random(seed: 9))
        let b = try DataSplit.make(rowCount: 500, strategy: .random(seed: 9))
        let c = try DataSplit.make(rowCount: 500, strategy: .random(seed: 10))
        #expect(a == b)
        #expect(a.holdout != c.holdout)
        Self.expectPartition(a, rows: 500)
        #expect(a.holdout.contains { $0 < 250 } && a.holdout.contains { $0 >= 250 })
    }

    @Test("time: the most recent rows are the holdout whatever the row order; ties keep row order")
    func byTime() throws {
        // Row i happened at time (i * 37) mod 100: a shuffled order of 0...99.
        let times = (0..<100).map { Double(($0 * 37) % 100) }
        let split = try DataSplit.make(rowCount: 100, strategy: .time(column: "t"), times: times)
        Self.expectPartition(split, rows: 100)
        #expect(Set(split.holdout.map { times[$0] }) == Set((80..<100).map(Double.init)))
        #expect(Set(split.validation.map { times[$0] }) == Set((64..<80).map(Double.init)))
        let ties = try DataSplit.make(rowCount: 10, strategy: .time(column: "t"), holdoutFraction: 0.2,
                                      validationFraction: 0.25, times: [Double](repeating: 5, count: 10))
        #expect(ties.holdout == [8, 9])
        #expect(ties.validation == [6, 7])
    }

    @Test("refusals: missing times, bad fractions, too few rows")
    func refusals() {
        #expect(throws: TrainingError.self) {
            try DataSplit.make(rowCount: 10, strategy: .time(column: "t"), times: [1, 2, .nan, 4, 5, 6, 7, 8, 9, 10])
        }
        #expect(throws: TrainingError.self) { try DataSplit.make(rowCount: 10, strategy: .ordered, holdoutFraction: 1) }
        #expect(throws: TrainingError.self) { try DataSplit.make(rowCount: 2, strategy: .ordered) }
    }
}
