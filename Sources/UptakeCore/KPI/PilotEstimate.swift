/// A pilot's current read-out, as the pilot analysis produces it: the uplift of its primary metric with
/// its interval, and the sample-ratio check.
public struct PilotEstimate: Hashable, Sendable, Codable {
    /// The pilot's name.
    public var name: String
    /// The primary metric, in words ("conversions per rep-week").
    public var metric: String
    /// Treatment minus control (intent to treat), with its interval.
    public var uplift: EffectEstimate
    /// The interval's confidence level, e.g. 0.95.
    public var confidenceLevel: Double
    /// The sample-ratio-mismatch chi-squared p-value (``SampleRatioCheck``); below 0.001 flags.
    public var sampleRatioPValue: Double?
    /// Reps in treatment and in control.
    public var treatmentReps: Int
    /// Reps in control.
    public var controlReps: Int

    /// Makes a read-out.
    ///
    /// - Parameters:
    ///   - name: The pilot's name.
    ///   - metric: The primary metric.
    ///   - uplift: The ITT effect and interval.
    ///   - confidenceLevel: The interval's level.
    ///   - sampleRatioPValue: The SRM p-value, if checked.
    ///   - treatmentReps: Reps in treatment.
    ///   - controlReps: Reps in control.
    public init(
        name: String, metric: String, uplift: EffectEstimate, confidenceLevel: Double = 0.95,
        sampleRatioPValue: Double?, treatmentReps: Int, controlReps: Int
    ) {
        self.name = name
        self.metric = metric
        self.uplift = uplift
        self.confidenceLevel = confidenceLevel
        self.sampleRatioPValue = sampleRatioPValue
        self.treatmentReps = treatmentReps
        self.controlReps = controlReps
    }

    /// Whether the SRM check flags (p < ``SampleRatioCheck/threshold``).
    public var hasSampleRatioMismatch: Bool {
        guard let p = sampleRatioPValue else { return false }
        return p < SampleRatioCheck.threshold
    }
}
