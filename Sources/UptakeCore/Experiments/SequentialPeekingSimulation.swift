/// Simulates pilots with no effect analysed at every weekly look, to measure false positives.
///
/// Two designs (``Enrolment``): reps enrol in weekly cohorts (`repsPerLook` a week, half treated), so
/// the sample grows as the always-valid interval assumes; or all `looks × repsPerLook` reps start at
/// once and each look analyses their mean weekly metric so far (rep level bᵢ plus weekly noise), so
/// only the precision grows. At each look both the ``SequentialInterval`` (tuned to the final number
/// of reps) and the naive fixed-sample Welch interval are computed. A pilot is a false positive for a
/// method if that method's interval excludes zero at any look.
public struct SequentialPeekingSimulation: Hashable, Sendable {
    /// How reps enter the pilot.
    public enum Enrolment: Hashable, Sendable {
        /// `repsPerLook` new reps a week.
        case weeklyCohorts
        /// Every rep from the start; their cumulative weekly mean is analysed at each look.
        case allAtStart
    }

    /// How reps enter the pilot.
    public var enrolment: Enrolment
    /// Pilots simulated.
    public var pilots: Int
    /// Looks per pilot.
    public var looks: Int
    /// New reps per look.
    public var repsPerLook: Int
    /// Seed.
    public var seed: UInt64
    /// The rep-level data generator (its effect should be 0 for a false-positive check).
    public var simulator: PilotSimulator

    /// The outcome of a run.
    public struct Result: Hashable, Sendable {
        /// Share of pilots whose sequential interval excluded zero at some look.
        public var sequentialFalsePositiveRate: Double
        /// Share of pilots whose naive Welch interval excluded zero at some look.
        public var naiveFalsePositiveRate: Double
        /// Share of pilots whose naive Welch interval excluded zero at the final look only.
        public var finalLookFalsePositiveRate: Double
    }

    /// Makes a simulation.
    ///
    /// - Parameters:
    ///   - pilots: Pilots to simulate.
    ///   - looks: Weekly looks.
    ///   - repsPerLook: Reps enrolled per week.
    ///   - seed: Seed.
    ///   - simulator: The data generator; its `reps` is ignored (cohorts of `repsPerLook` are drawn);
    ///     with `.allAtStart` its `noiseSD` is the weekly noise.
    ///   - enrolment: How reps enter the pilot.
    public init(pilots: Int, looks: Int, repsPerLook: Int, seed: UInt64,
                simulator: PilotSimulator = PilotSimulator(reps: 0, treatmentNoiseScale: 1.3),
                enrolment: Enrolment = .weeklyCohorts) {
        self.enrolment = enrolment
        self.pilots = pilots
        self.looks = looks
        self.repsPerLook = repsPerLook
        self.seed = seed
        self.simulator = simulator
    }

    /// Runs the simulation.
    ///
    /// - Returns: False-positive rates.
    /// - Throws: ``StatisticsError`` if a look has too few reps for an interval.
    public func run() throws -> Result {
        var generator = ExperimentRandom(seed: seed)
        var cohort = simulator
        cohort.reps = repsPerLook
        let tuning = Double(looks * repsPerLook)
        var sequentialHits = 0, naiveHits = 0, finalHits = 0
        for _ in 0..<pilots {
            var treatment = SampleMoments(), control = SampleMoments()
            var sequentialRejected = false, naiveRejected = false
            // .allAtStart: every rep's level and arm, and the running sum of its weekly metric.
            var everyone = cohort
            everyone.reps = looks * repsPerLook
            let reps = enrolment == .allAtStart ? everyone.simulate(using: &generator) : []
            var sums = [Double](repeating: 0, count: reps.count)
            for look in 1...looks {
                switch enrolment {
                case .weeklyCohorts:
                    for row in cohort.simulate(using: &generator) {
                        if row.arm == .treatment { treatment.add(row.metric) } else { control.add(row.metric) }
                    }
                case .allAtStart:
                    treatment = SampleMoments()
                    control = SampleMoments()
                    for (index, rep) in reps.enumerated() {
                        // The rep's level is its pre-period draw; a week adds fresh noise around it.
                        sums[index] += (rep.preMetric ?? 0)
                            + simulator.noiseSD * NormalDistribution.standard.sample(using: &generator)
                        let mean = sums[index] / Double(look)
                        if rep.arm == .treatment { treatment.add(mean) } else { control.add(mean) }
                    }
                }
                let naive = try WelchTest(treatment: treatment, control: control)
                let sequential = try SequentialInterval(treatment: treatment, control: control, tuning: tuning)
                if sequential.effect.excludesZero { sequentialRejected = true }
                if naive.effect.excludesZero {
                    naiveRejected = true
                    if look == looks { finalHits += 1 }
                }
            }
            if sequentialRejected { sequentialHits += 1 }
            if naiveRejected { naiveHits += 1 }
        }
        let n = Double(pilots)
        return Result(sequentialFalsePositiveRate: Double(sequentialHits) / n,
                      naiveFalsePositiveRate: Double(naiveHits) / n,
                      finalLookFalsePositiveRate: Double(finalHits) / n)
    }
}
