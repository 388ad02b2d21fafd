import Testing
@testable import UptakeCore

/// Seeded simulations of 1,000 pilots each: the intervals must mean what they say.
///
/// With 1,000 pilots the simulation standard error of a 95 % coverage is √(0.95·0.05/1000) ≈ 0.7 points,
/// so the 93–97 % band is about ±3 standard errors. Larger runs and the figures are in `bench/evidence`.
@Suite("Simulated pilots")
struct PilotSimulationTests {
    static let pilots = 1_000

    @Test func welchIntervalsCoverThePlantedEffect() throws {
        // Unequal variances (treatment noise 1.6×) and unequal arms (40 % treated): where Welch matters.
        let simulator = PilotSimulator(reps: 50, treatmentShare: 0.4, treatmentNoiseScale: 1.6, effect: 0.4)
        var generator = ExperimentRandom(seed: 101)
        var covered = 0
        for _ in 0..<Self.pilots {
            let rows = simulator.simulate(using: &generator)
            let welch = try WelchTest(treatment: rows.filter { $0.arm == .treatment }.map(\.metric),
                                      control: rows.filter { $0.arm == .control }.map(\.metric))
            if welch.effect.covers(simulator.plantedITT) { covered += 1 }
        }
        let coverage = Double(covered) / Double(Self.pilots)
        #expect(coverage >= 0.93 && coverage <= 0.97, "coverage \(coverage)")
    }

    /// No effect; 12 weekly looks, 10 new reps enrolled each week (N = 10, 20, …, 120), tuning = 120.
    @Test func sequentialIntervalKeepsFalsePositivesUnderWeeklyLooks() throws {
        let result = try SequentialPeekingSimulation(pilots: Self.pilots, looks: 12, repsPerLook: 10, seed: 202).run()
        let allowance = 0.05 + 2 * (0.05 * 0.95 / Double(Self.pilots)).squareRoot()
        #expect(result.sequentialFalsePositiveRate <= allowance, "\(result.sequentialFalsePositiveRate)")
        // The naive fixed-sample interval, checked at every look, is what peeking breaks.
        #expect(result.naiveFalsePositiveRate > 0.08, "\(result.naiveFalsePositiveRate)")
    }

    /// No effect; 120 reps from the start, each look analyses their mean weekly metric so far.
    @Test func sequentialIntervalKeepsFalsePositivesWhenTheSameRepsAccumulateData() throws {
        let result = try SequentialPeekingSimulation(pilots: Self.pilots, looks: 12, repsPerLook: 10, seed: 404,
                                                     enrolment: .allAtStart).run()
        let allowance = 0.05 + 2 * (0.05 * 0.95 / Double(Self.pilots)).squareRoot()
        #expect(result.sequentialFalsePositiveRate <= allowance, "\(result.sequentialFalsePositiveRate)")
    }

    @Test func caceRecoversTheEffectAmongCompliers() throws {
        // 60 % compliers with a higher baseline (+0.5): comparing takers with the rest would be biased.
        let simulator = PilotSimulator(reps: 120, effect: 0.8, complierShare: 0.6, complierBaselineShift: 0.5)
        var generator = ExperimentRandom(seed: 303)
        var sum = 0.0, covered = 0
        for _ in 0..<Self.pilots {
            let cace = try ComplianceAdjustedEffect(observations: simulator.simulate(using: &generator))
            sum += cace.effect.estimate
            if cace.effect.covers(simulator.effect) { covered += 1 }
        }
        let mean = sum / Double(Self.pilots)
        // The Wald estimator's SE here is about 0.25 per pilot, 0.008 for the mean of 1,000.
        #expect(abs(mean - simulator.effect) < 0.03, "mean CACE \(mean)")
        let coverage = Double(covered) / Double(Self.pilots)
        #expect(coverage >= 0.93 && coverage <= 0.97, "coverage \(coverage)")
    }
}
