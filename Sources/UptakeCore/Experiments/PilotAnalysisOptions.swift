/// The settings of a pilot analysis; in a real pilot they come from the frozen ``AnalysisPlan``.
public struct PilotAnalysisOptions: Hashable, Sendable, Codable {
    /// One minus the confidence level of every interval (0.05 gives 95 % intervals).
    public var alpha: Double
    /// The planned share of reps in treatment, for the sample-ratio-mismatch check.
    public var plannedTreatmentShare: Double
    /// Random relabellings for the randomization p-value when exact enumeration is too large.
    public var permutations: Int
    /// Enumerate all relabellings when there are at most this many.
    public var exactPermutationLimit: Int
    /// Seed for the relabellings.
    public var seed: UInt64
    /// The sample size at which the sequential interval is tightest; `nil` uses the reps analysed.
    /// Fix it in the plan (the planned number of reps) so that it does not move between looks.
    public var sequentialTuning: Double?
    /// What the metric counts, for the summary sentence ("bronze leads converted a week").
    public var metricDescription: String

    /// Makes options.
    ///
    /// - Parameters:
    ///   - alpha: One minus the confidence level.
    ///   - plannedTreatmentShare: Planned treatment share.
    ///   - permutations: Random relabellings.
    ///   - exactPermutationLimit: Exact enumeration limit.
    ///   - seed: Seed for the relabellings.
    ///   - sequentialTuning: Sequential tuning sample size.
    ///   - metricDescription: Words for the metric.
    public init(
        alpha: Double = 0.05, plannedTreatmentShare: Double = 0.5, permutations: Int = 10_000,
        exactPermutationLimit: Int = 50_000, seed: UInt64 = 20_170_101, sequentialTuning: Double? = nil,
        metricDescription: String = "units of the metric"
    ) {
        self.alpha = alpha
        self.plannedTreatmentShare = plannedTreatmentShare
        self.permutations = permutations
        self.exactPermutationLimit = exactPermutationLimit
        self.seed = seed
        self.sequentialTuning = sequentialTuning
        self.metricDescription = metricDescription
    }
}
