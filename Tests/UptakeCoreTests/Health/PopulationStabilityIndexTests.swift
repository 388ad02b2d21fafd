import Foundation
import Testing
@testable import UptakeCore

@Suite struct PopulationStabilityIndexTests {
    static let cases: [HealthFixtures.PSICase] = (try? HealthFixtures.psi().cases) ?? []

    @Test func fixtureIsPresent() throws {
        let file = try HealthFixtures.psi()
        #expect(file.cases.count >= 6)
        #expect(file.share_floor == PopulationStabilityIndex.shareFloor)
    }

    @Test(arguments: cases)
    func agreesWithNumpy(_ fixture: HealthFixtures.PSICase) throws {
        let profile: ColumnProfile
        let drift: FeatureDrift
        if fixture.kind == "numeric" {
            profile = try ColumnProfile.numeric(name: fixture.name, numbers: fixture.reference.numbers)
            guard case .numeric(let edges) = profile.binning else { Issue.record("not numeric"); return }
            let expected = try #require(fixture.edges)
            #expect(edges.count == expected.count)
            for (ours, theirs) in zip(edges, expected) { #expect(abs(ours - theirs) <= 1e-12 * max(1, abs(theirs))) }
            #expect(profile.binning.counts(numbers: fixture.reference.numbers) == fixture.reference_counts)
            #expect(profile.binning.counts(numbers: fixture.current.numbers) == fixture.current_counts)
            drift = try profile.drift(numbers: fixture.current.numbers)
        } else {
            profile = ColumnProfile.categorical(name: fixture.name, levels: fixture.reference.levels)
            #expect(profile.binning == .categorical(levels: try #require(fixture.levels)))
            #expect(profile.binning.counts(levels: fixture.current.levels) == fixture.current_counts)
            drift = try profile.drift(levels: fixture.current.levels)
        }
        #expect(abs(drift.psi - fixture.psi) < 1e-12, "ours \(drift.psi), numpy \(fixture.psi)")
        #expect(drift.isDrifted == (fixture.psi > 0.2))
    }

    @Test func identicalSharesGiveZeroAndOrderDoesNotMatterForSymmetry() throws {
        #expect(try PopulationStabilityIndex.value(referenceCounts: [5, 5, 0], currentCounts: [10, 10, 0]) == 0)
        let forward = try PopulationStabilityIndex.value(referenceCounts: [50, 50], currentCounts: [70, 30])
        let backward = try PopulationStabilityIndex.value(referenceCounts: [70, 30], currentCounts: [50, 50])
        #expect(abs(forward - backward) < 1e-15)
        // (0.7 − 0.5) ln(1.4) + (0.3 − 0.5) ln(0.6)
        #expect(abs(forward - (0.2 * log(1.4) - 0.2 * log(0.6))) < 1e-15)
    }

    @Test func mismatchedBinsAreRefused() {
        #expect(throws: HealthError.self) {
            try PopulationStabilityIndex.value(referenceCounts: [1, 2], currentCounts: [1, 2, 3])
        }
    }
}
