import Foundation
import Testing
import UptakeCore

@Suite("TierCutPoints against numpy.quantile")
struct TierCutPointsTests {
    struct Fixture: Decodable {
        var numpy_version: String
        var probabilities: [Double]
        var q50: Double
        var q80: Double
        var q90: Double
        var q60: Double
    }

    static func fixture() throws -> Fixture {
        try JSONDecoder().decode(
            Fixture.self, from: Data(contentsOf: ScoringFixtures.directory.appendingPathComponent("tier_quantiles.json"))
        )
    }

    @Test("default shares cut at the 80% and 50% quantiles (linear interpolation)")
    func defaultShares() throws {
        let fixture = try Self.fixture()
        #expect(fixture.numpy_version.hasPrefix("1."))
        let cuts = try TierCutPoints.fit(probabilities: fixture.probabilities, shares: TierShares())
        #expect(close(cuts.gold, fixture.q80))
        #expect(close(cuts.silver, fixture.q50))
        let other = try TierCutPoints.fit(probabilities: fixture.probabilities, shares: TierShares(gold: 0.1, silver: 0.3))
        #expect(close(other.gold, fixture.q90))
        #expect(close(other.silver, fixture.q60))
    }

    @Test("tiers: at or above a cut is that tier; about 20% / 30% / 50% of distinct values")
    func tiers() throws {
        let population = (0..<1_000).map { Double($0) / 1_000 }
        let cuts = try TierCutPoints.fit(probabilities: population, shares: TierShares())
        let tiers = population.map(cuts.tier(for:))
        #expect(tiers.count { $0 == .gold } == 200)
        #expect(tiers.count { $0 == .silver } == 300)
        #expect(tiers.count { $0 == .bronze } == 500)
        #expect(cuts.tier(for: cuts.gold) == .gold)
        #expect(cuts.tier(for: cuts.gold.nextDown) == .silver)
        #expect(cuts.tier(for: cuts.silver) == .silver)
        #expect(cuts.tier(for: cuts.silver.nextDown) == .bronze)
    }

    @Test("a zero share means nobody in that tier; shares over 1 are refused")
    func shares() throws {
        let cuts = try TierCutPoints.fit(probabilities: [0.1, 0.5, 0.9], shares: TierShares(gold: 0, silver: 0.5))
        #expect(cuts.tier(for: 1) == .silver)
        #expect(throws: TrainingError.self) {
            try TierCutPoints.fit(probabilities: [0.1], shares: TierShares(gold: 0.7, silver: 0.5))
        }
    }

    @Test("tied probabilities at a quantile: the cut moves up when that is closer to the share")
    func ties() throws {
        // A stump-like model: 85% of leads at 0.08, 15% at 0.30. The 80% quantile is 0.08, which would
        // make everyone gold; cutting at 0.30 gives 15% gold, closer to 20%.
        let probabilities = Array(repeating: 0.08, count: 850) + Array(repeating: 0.30, count: 150)
        let cuts = try TierCutPoints.fit(probabilities: probabilities, shares: TierShares())
        #expect(cuts.gold == 0.30 && cuts.silver == 0.30)
        let tiers = probabilities.map(cuts.tier(for:))
        #expect(tiers.count { $0 == .gold } == 150 && tiers.count { $0 == .bronze } == 850)
        // Ties that are closer to the share when included keep numpy's quantile: 25% at the top value.
        let quarter = Array(repeating: 0.1, count: 750) + Array(repeating: 0.5, count: 250)
        #expect(try TierCutPoints.fit(probabilities: quarter, shares: TierShares()).gold == 0.5)
    }
}
