import Foundation
import Testing
@testable import UptakeCore

/// scikit-learn's answers for `LogisticRegression(penalty="l2", C)` (with `sample_weight` where a case has
/// weights), from
/// `scripts/fixtures/scoring/make_logistic_fixture.py`.
struct LogisticFixture: Decodable {
    struct Case: Decodable, CustomTestStringConvertible {
        var name: String
        var c: Double
        var rows: Int
        var columns: Int
        var x: [Double]
        var y: [Bool]
        var weights: [Double]
        var intercept: Double
        var probabilities: [Double]
        var encoded: [Double?]?
        var means: [Double]?
        var scales: [Double]?
        var sampleWeights: [Double]?

        var testDescription: String { name }

        enum CodingKeys: String, CodingKey {
            case name, c, rows, columns, x, y, weights, intercept, probabilities, encoded, means, scales
            case sampleWeights = "sample_weights"
        }
    }
    var generator: String
    var cases: [Case]

    static func load() throws -> LogisticFixture {
        let url = ScoringFixtures.directory.appendingPathComponent("logistic.json")
        return try JSONDecoder().decode(LogisticFixture.self, from: Data(contentsOf: url))
    }

    static var cases: [Case] { (try? load().cases) ?? [] }
}

@Suite("Logistic regression")
struct LogisticRegressionTests {
    @Test("the fixture was made by scikit-learn and holds every case")
    func fixtureIsComplete() throws {
        let fixture = try LogisticFixture.load()
        #expect(fixture.generator.hasPrefix("scikit-learn 1."))
        #expect(fixture.cases.map(\.name) == [
            "correlated", "strong-penalty", "rare-with-constant", "linear-base", "linear-base-recency",
        ])
        #expect(fixture.cases.last?.sampleWeights?.count == fixture.cases.last?.rows)
    }

    @Test("coefficients and probabilities match scikit-learn's", arguments: LogisticFixture.cases)
    func matchesScikitLearn(fixture: LogisticFixture.Case) throws {
        let model = try LogisticRegression.fit(
            rows: fixture.x, rowCount: fixture.rows, columnCount: fixture.columns, labels: fixture.y,
            inverseRegularization: fixture.c, sampleWeights: fixture.sampleWeights)
        #expect(model.weights.count == fixture.columns)
        for (ours, theirs) in zip(model.weights, fixture.weights) { #expect(abs(ours - theirs) < 1e-6) }
        #expect(abs(model.intercept - fixture.intercept) < 1e-6)
        for row in 0..<fixture.rows {
            let margin = model.margin(fixture.x[(row * fixture.columns)..<((row + 1) * fixture.columns)])
            #expect(abs(LogisticRegression.sigmoid(margin) - fixture.probabilities[row]) < 1e-7)
        }
    }

    @Test("a stronger penalty shrinks the coefficients")
    func penaltyShrinks() throws {
        let fixture = try #require(LogisticFixture.cases.first { $0.name == "correlated" })
        func norm(_ c: Double) throws -> Double {
            try LogisticRegression.fit(
                rows: fixture.x, rowCount: fixture.rows, columnCount: fixture.columns, labels: fixture.y,
                inverseRegularization: c
            ).weights.reduce(0) { $0 + $1 * $1 }
        }
        #expect(try norm(0.01) < norm(1))
    }

    @Test("a row of weight 2 fits as the same row twice; weight 0 as the row left out")
    func weightsAreRepetitions() throws {
        let fixture = try #require(LogisticFixture.cases.first { $0.name == "correlated" })
        let width = fixture.columns
        let weights = (0..<fixture.rows).map { Double($0 % 3) }  // 0, 1, 2, 0, 1, 2, ...
        let weighted = try LogisticRegression.fit(
            rows: fixture.x, rowCount: fixture.rows, columnCount: width, labels: fixture.y, sampleWeights: weights)
        var rows: [Double] = []
        var labels: [Bool] = []
        for row in 0..<fixture.rows {
            for _ in 0..<(row % 3) {
                rows += fixture.x[(row * width)..<((row + 1) * width)]
                labels.append(fixture.y[row])
            }
        }
        let repeated = try LogisticRegression.fit(rows: rows, rowCount: labels.count, columnCount: width, labels: labels)
        for (a, b) in zip(weighted.weights, repeated.weights) { #expect(abs(a - b) < 1e-9) }
        #expect(abs(weighted.intercept - repeated.intercept) < 1e-9)
        let plain = try LogisticRegression.fit(
            rows: fixture.x, rowCount: fixture.rows, columnCount: width, labels: fixture.y)
        #expect(abs(plain.intercept - weighted.intercept) > 1e-6)
    }

    @Test("bad input is refused with a code")
    func refusesBadInput() {
        #expect(throws: ScoringError.self) {
            try LogisticRegression.fit(rows: [1, 2, 3], rowCount: 2, columnCount: 2, labels: [true, false])
        }
        #expect(throws: ScoringError.self) {
            try LogisticRegression.fit(rows: [.nan, 1], rowCount: 2, columnCount: 1, labels: [true, false])
        }
        #expect(throws: ScoringError.self) {
            try LogisticRegression.fit(
                rows: [0, 1], rowCount: 2, columnCount: 1, labels: [true, false], inverseRegularization: 0)
        }
        for weights in [[1.0], [1, -1], [1, .nan]] {
            #expect(throws: ScoringError.self) {
                try LogisticRegression.fit(
                    rows: [0, 1], rowCount: 2, columnCount: 1, labels: [true, false], sampleWeights: weights)
            }
        }
    }

    @Test("the logistic function does not overflow")
    func sigmoidIsStable() {
        #expect(LogisticRegression.sigmoid(1_000) == 1)
        #expect(LogisticRegression.sigmoid(-1_000) == 0)
        #expect(abs(LogisticRegression.sigmoid(0) - 0.5) < 1e-15)
    }
}
