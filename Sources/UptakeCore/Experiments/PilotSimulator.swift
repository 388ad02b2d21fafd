/// Synthetic pilots with a planted effect, for checking that intervals mean what they say.
///
/// Each rep has a baseline level bᵢ ~ N(baselineMean, repSD²) (shifted by `complierBaselineShift` for
/// compliers, so that compliers differ from the rest, as they do in the field); a pre-period metric
/// X = bᵢ + N(0, noiseSD²); a compliance flag Dᵢ = 1 for compliers in treatment, else 0; and an outcome
/// Y = bᵢ + effect·Dᵢ + N(0, (noiseSD·scale)²), with `scale` = `treatmentNoiseScale` in treatment so
/// the arms' variances differ. Exactly round(share × reps) reps are treated (complete randomization).
/// The ITT is then effect × complierShare and the CACE is `effect`.
public struct PilotSimulator: Hashable, Sendable, Codable {
    /// Reps in the pilot.
    public var reps: Int
    /// Share of reps treated.
    public var treatmentShare: Double
    /// Mean baseline level of the metric.
    public var baselineMean: Double
    /// Between-rep standard deviation of the baseline.
    public var repSD: Double
    /// Within-rep noise standard deviation of one period's metric.
    public var noiseSD: Double
    /// Multiplier on the noise SD in treatment (1 = equal variances).
    public var treatmentNoiseScale: Double
    /// The effect among compliers.
    public var effect: Double
    /// Share of reps who would comply if treated.
    public var complierShare: Double
    /// How much higher compliers' baseline is.
    public var complierBaselineShift: Double

    /// Makes a simulator.
    ///
    /// - Parameters:
    ///   - reps: Reps.
    ///   - treatmentShare: Treated share.
    ///   - baselineMean: Mean baseline.
    ///   - repSD: Between-rep SD.
    ///   - noiseSD: Noise SD.
    ///   - treatmentNoiseScale: Noise multiplier in treatment.
    ///   - effect: Effect among compliers.
    ///   - complierShare: Share of compliers.
    ///   - complierBaselineShift: Compliers' baseline shift.
    public init(
        reps: Int, treatmentShare: Double = 0.5, baselineMean: Double = 2, repSD: Double = 0.8,
        noiseSD: Double = 0.6, treatmentNoiseScale: Double = 1, effect: Double = 0, complierShare: Double = 1,
        complierBaselineShift: Double = 0
    ) {
        self.reps = reps
        self.treatmentShare = treatmentShare
        self.baselineMean = baselineMean
        self.repSD = repSD
        self.noiseSD = noiseSD
        self.treatmentNoiseScale = treatmentNoiseScale
        self.effect = effect
        self.complierShare = complierShare
        self.complierBaselineShift = complierBaselineShift
    }

    /// The intent-to-treat effect this simulator plants: effect × complier share.
    public var plantedITT: Double { effect * complierShare }

    /// Draws one pilot.
    ///
    /// - Parameter generator: Seeded randomness.
    /// - Returns: One observation per rep, with pre-period metric and compliance.
    public func simulate<G: RandomNumberGenerator>(using generator: inout G) -> [PilotObservation] {
        var arms = [PilotArm](repeating: .control, count: reps)
        let treated = Int((treatmentShare * Double(reps)).rounded())
        for index in 0..<min(treated, reps) { arms[index] = .treatment }
        arms.shuffle(using: &generator)
        let standard = NormalDistribution.standard
        return arms.map { arm in
            let complier = Double.random(in: 0..<1, using: &generator) < complierShare
            let baseline = baselineMean + repSD * standard.sample(using: &generator)
                + (complier ? complierBaselineShift : 0)
            let pre = baseline + noiseSD * standard.sample(using: &generator)
            let takeUp = arm == .treatment && complier ? 1.0 : 0.0
            let scale = arm == .treatment ? treatmentNoiseScale : 1
            let outcome = baseline + effect * takeUp + noiseSD * scale * standard.sample(using: &generator)
            return PilotObservation(arm: arm, metric: outcome, preMetric: pre, compliance: takeUp)
        }
    }
}
