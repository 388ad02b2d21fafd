import Foundation
import Testing
@testable import UptakeCore

@Suite("Linear base")
struct LinearBaseTests {
    /// The fixture case in LinearBase's own design: standardised one-hot and numeric columns, one missing.
    func designCase() throws -> LogisticFixture.Case {
        try #require(LogisticFixture.cases.first { $0.name == "linear-base" })
    }

    @Test("standardises as scikit-learn's StandardScaler and fits as its LogisticRegression")
    func matchesScikitLearn() throws {
        let fixture = try designCase()
        let encoded = try #require(fixture.encoded).map { $0.map(Float.init) ?? .nan }
        let base = try LinearBase.fit(
            values: encoded, rowCount: fixture.rows, columnCount: fixture.columns, labels: fixture.y)
        // Float32 inputs: the means and scales agree to Float precision, the coefficients to 1e-4.
        for (ours, theirs) in zip(base.means, try #require(fixture.means)) { #expect(abs(ours - theirs) < 1e-4) }
        for (ours, theirs) in zip(base.scales, try #require(fixture.scales)) {
            #expect(abs(ours - theirs) / theirs < 1e-5)
        }
        #expect(abs(base.regression.intercept - fixture.intercept) < 1e-4)
        expectFit(base, matches: fixture, encoded: encoded)
    }

    /// The base's coefficients and probabilities against scikit-learn's (Float32 inputs: to 1e-4).
    func expectFit(_ base: LinearBase, matches fixture: LogisticFixture.Case, encoded: [Float]) {
        for (ours, theirs) in zip(base.regression.weights, fixture.weights) { #expect(abs(ours - theirs) < 1e-4) }
        let margins = base.margins(encoded, rowCount: fixture.rows)
        for row in 0..<fixture.rows {
            #expect(abs(LogisticRegression.sigmoid(Double(margins[row])) - fixture.probabilities[row]) < 1e-4)
        }
    }

    @Test("weighted by recency, it fits as scikit-learn's LogisticRegression with those sample weights")
    func recencyWeightedMatchesScikitLearn() throws {
        let fixture = try #require(LogisticFixture.cases.first { $0.name == "linear-base-recency" })
        let recency = try RecencyWeights(places: (0..<fixture.rows).map(Double.init), halfLife: 60)
        for (ours, theirs) in zip(recency.values, try #require(fixture.sampleWeights)) {
            #expect(abs(ours - theirs) < 1e-12)
        }
        let encoded = try #require(fixture.encoded).map { $0.map(Float.init) ?? .nan }
        let base = try LinearBase.fit(
            values: encoded, rowCount: fixture.rows, columnCount: fixture.columns, labels: fixture.y,
            recency: recency)
        #expect(base.recencyHalfLife == 60)
        expectFit(base, matches: fixture, encoded: encoded)
        // An unweighted fit of the same rows differs, and says so.
        let plain = try LinearBase.fit(
            values: encoded, rowCount: fixture.rows, columnCount: fixture.columns, labels: fixture.y)
        #expect(plain.recencyHalfLife == nil)
        #expect(zip(plain.regression.weights, base.regression.weights).contains { abs($0 - $1) > 1e-3 })
    }

    @Test("a base saved before recency weights existed loads unweighted")
    func decodesWithoutHalfLife() throws {
        let json = #"{"means":[0.5],"scales":[1],"regression":{"weights":[0.25],"intercept":-1}}"#
        let base = try JSONDecoder().decode(LinearBase.self, from: Data(json.utf8))
        #expect(base.recencyHalfLife == nil)
        #expect(base.regression.weights == [0.25])
    }

    @Test("contributions and the intercept add up to the margin; a missing value contributes 0")
    func contributionsSumToMargin() throws {
        let fixture = try designCase()
        let encoded = try #require(fixture.encoded).map { $0.map(Float.init) ?? .nan }
        let base = try LinearBase.fit(
            values: encoded, rowCount: fixture.rows, columnCount: fixture.columns, labels: fixture.y)
        let margins = base.margins(encoded, rowCount: fixture.rows)
        for row in 0..<fixture.rows {
            let values = encoded[(row * fixture.columns)..<((row + 1) * fixture.columns)]
            let parts = base.contributions(values)
            #expect(abs(parts.reduce(base.regression.intercept, +) - Double(margins[row])) < 1e-5)
            if row == 5 { #expect(parts[3] == 0) }
        }
        // Centred at the fitted rows' means: the contributions average to 0 over them.
        for column in 0..<fixture.columns {
            let mean = (0..<fixture.rows).map { row in
                base.contributions(encoded[(row * fixture.columns)..<((row + 1) * fixture.columns)])[column]
            }.reduce(0, +) / Double(fixture.rows)
            #expect(abs(mean) < 1e-6)
        }
    }

    @Test("a constant column keeps scale 1 and weight 0")
    func constantColumn() throws {
        let values: [Float] = [1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1]
        let base = try LinearBase.fit(
            values: values, rowCount: 6, columnCount: 2, labels: [true, false, true, false, true, true])
        #expect(base.scales[0] == 1)
        #expect(abs(base.regression.weights[0]) < 1e-9)
    }
}
