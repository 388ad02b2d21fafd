import Foundation
import Testing
@testable import UptakeCore

@Suite struct FeatureProfileTests {
    /// A table with a numeric, a categorical and a boolean column drawn from one seed; `shift` moves the
    /// numeric mean by that many standard deviations and tilts the category mix.
    static func table(rows: Int, seed: UInt64, shift: Double = 0) throws -> (ColumnTable, [Double]) {
        var random = SeededGenerator(seed: seed)
        var agents: [Double] = [], codes: [Int32] = [], flags: [Bool?] = [], scores: [Double] = []
        let regionWeights = shift == 0 ? [0.4, 0.3, 0.2, 0.1] : [0.1, 0.2, 0.3, 0.4]
        for _ in 0..<rows {
            let x = random.nextGaussian() + shift
            agents.append(x)
            codes.append(Int32(random.nextIndex(weights: regionWeights)))
            flags.append(random.nextUnit() < 0.3)
            scores.append(1 / (1 + exp(-(x - 1))))
        }
        let table = try ColumnTable(columns: [
            .init(name: "agents", values: .numbers(agents)),
            .init(name: "region", values: .categories(levels: ["N", "S", "E", "W"], codes: codes)),
            .init(name: "online", values: .booleans(flags)),
            .init(name: "created", values: .dates(agents.map { _ in 1.7e9 })),
        ])
        return (table, scores)
    }

    @Test func aResampleOfTheSameDataIsNotFlagged() throws {
        let (training, trainingScores) = try Self.table(rows: 5000, seed: 1)
        let profile = try FeatureProfile(table: training, probabilities: trainingScores)
        let (recent, recentScores) = try Self.table(rows: 1000, seed: 2)
        let report = try profile.drift(current: recent, probabilities: recentScores)
        #expect(report.driftedFeatures.isEmpty)
        #expect(!report.score.isDrifted)
        #expect(try #require(report.maximumFeaturePSI) < 0.05)
        // Dates are not profiled (see FeatureProfile).
        #expect(report.features.map(\.name) == ["agents", "region", "online"])
    }

    @Test func aSyntheticShiftIsFlagged() throws {
        let (training, trainingScores) = try Self.table(rows: 5000, seed: 1)
        let profile = try FeatureProfile(table: training, probabilities: trainingScores)
        let (recent, recentScores) = try Self.table(rows: 1000, seed: 3, shift: 0.8)
        let report = try profile.drift(current: recent, probabilities: recentScores)
        #expect(Set(report.driftedFeatures.map(\.name)) == ["agents", "region"])
        #expect(report.score.isDrifted)
        #expect(report.features.first { $0.name == "online" }?.isDrifted == false)
    }

    @Test func profileRoundTripsThroughJSON() throws {
        let (training, scores) = try Self.table(rows: 500, seed: 9)
        let profile = try FeatureProfile(table: training, probabilities: scores)
        let decoded = try JSONDecoder().decode(FeatureProfile.self, from: JSONEncoder().encode(profile))
        #expect(decoded == profile)
        #expect(profile.score.binning.binCount == 10 + 1)  // deciles and the missing bin
        #expect(abs(profile.score.referenceShares.prefix(10).reduce(0, +) - 1) < 1e-9)
    }

    @Test func missingColumnAndBadLengthsAreClearErrors() throws {
        let (training, scores) = try Self.table(rows: 200, seed: 4)
        let profile = try FeatureProfile(table: training, probabilities: scores)
        let recent = training.dropping(["region"])
        #expect { try profile.drift(current: recent, probabilities: scores) } throws: { error in
            (error as? HealthError)?.code == .missingColumn && "\(error)".contains("region")
        }
        #expect(throws: HealthError.self) { try FeatureProfile(table: training, probabilities: [0.5]) }
        #expect(throws: HealthError.self) {
            try FeatureProfile(table: training, probabilities: scores.map { $0 + 1 })
        }
    }
}
