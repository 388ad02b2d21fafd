/// The full analysis of a pilot with one row per rep: ITT, CUPED, sequential, CACE, relative, SRM.
///
/// Encodes with the CLI's JSON keys: `itt`, `cuped`, `sequential`, `cace`, `relative` (each
/// ``EffectEstimate``), `srm_p_value`, plus the details behind them and a plain-language `summary`.
///
/// ```swift
/// let rows = [PilotObservation(arm: .treatment, metric: 2.1, preMetric: 1.8, compliance: 0.7), ...]
/// let analysis = try PilotAnalysis(observations: rows,
///                                  options: .init(metricDescription: "bronze leads converted a week"))
/// print(analysis.itt.estimate, analysis.itt.ciLow, analysis.itt.ciHigh)
/// print(analysis.summary)
/// ```
public struct PilotAnalysis: Hashable, Sendable, Codable {
    /// Reps in treatment.
    public var treatmentCount: Int
    /// Reps in control.
    public var controlCount: Int
    /// Mean metric among treatment reps.
    public var treatmentMean: Double
    /// Mean metric among control reps.
    public var controlMean: Double
    /// Intent-to-treat difference in means with the Welch interval and Welch p-value.
    public var itt: EffectEstimate
    /// Welch–Satterthwaite degrees of freedom of the ITT interval.
    public var ittDegreesOfFreedom: Double
    /// Randomization-inference p-value of the ITT difference.
    public var randomizationPValue: Double
    /// `true` when the randomization p-value enumerated every relabelling.
    public var randomizationIsExact: Bool
    /// CUPED-adjusted effect, when every rep has a pre-period value.
    public var cuped: EffectEstimate?
    /// CUPED slope θ.
    public var cupedTheta: Double?
    /// Share of the effect's variance removed by CUPED.
    public var cupedVarianceReduction: Double?
    /// The always-valid interval, safe under repeated looks.
    public var sequential: EffectEstimate
    /// Compliance-adjusted effect, when every rep has a compliance value and acceptance differs by arm.
    public var cace: EffectEstimate?
    /// Difference in mean acceptance between arms (the CACE's first stage).
    public var complianceDifference: Double?
    /// Relative uplift over the control mean, when the control mean is not zero.
    public var relative: EffectEstimate?
    /// Sample-ratio-mismatch chi-squared p-value.
    public var srmPValue: Double
    /// `true` when the SRM p-value is below 0.001: the assignment or the data pipeline is suspect.
    public var srmFlagged: Bool
    /// The confidence level of the intervals (0.95).
    public var confidenceLevel: Double
    /// A plain-language sentence or two for the dashboard and digest.
    public var summary: String

    enum CodingKeys: String, CodingKey {
        case treatmentCount = "treatment_count", controlCount = "control_count"
        case treatmentMean = "treatment_mean", controlMean = "control_mean"
        case itt, ittDegreesOfFreedom = "itt_degrees_of_freedom"
        case randomizationPValue = "randomization_p_value", randomizationIsExact = "randomization_is_exact"
        case cuped, cupedTheta = "cuped_theta", cupedVarianceReduction = "cuped_variance_reduction"
        case sequential, cace, complianceDifference = "compliance_difference", relative
        case srmPValue = "srm_p_value", srmFlagged = "srm_flagged"
        case confidenceLevel = "confidence_level", summary
    }

    /// Analyses a pilot.
    ///
    /// CUPED, CACE and the relative uplift are `nil` when their inputs are missing or degenerate
    /// (no pre-period column, equal acceptance in both arms, a zero control mean); the ITT, sequential
    /// and SRM results are always present.
    /// - Parameters:
    ///   - observations: One row per rep.
    ///   - options: Confidence level, planned allocation, seeds.
    /// - Throws: ``StatisticsError`` `.insufficientData` with fewer than two reps in an arm,
    ///   `.noVariation` when the metric is constant within both arms, `.invalidArgument` for options
    ///   outside their range.
    public init(observations: [PilotObservation], options: PilotAnalysisOptions = .init()) throws {
        guard options.alpha > 0, options.alpha < 1,
              options.plannedTreatmentShare > 0, options.plannedTreatmentShare < 1 else {
            throw StatisticsError(.invalidArgument, "alpha and the planned treatment share must lie in (0, 1)")
        }
        let treatment = observations.filter { $0.arm == .treatment }.map(\.metric)
        let control = observations.filter { $0.arm == .control }.map(\.metric)
        let mt = SampleMoments(treatment), mc = SampleMoments(control)
        let welch = try WelchTest(treatment: mt, control: mc, alpha: options.alpha)
        var generator = ExperimentRandom(seed: options.seed)
        let randomization = RandomizationTest(
            treatment: treatment, control: control, draws: options.permutations,
            exactLimit: options.exactPermutationLimit, using: &generator
        )
        let sequential = try SequentialInterval(
            treatment: mt, control: mc, tuning: options.sequentialTuning ?? Double(observations.count),
            alpha: options.alpha
        )
        let srm = try SampleRatioCheck(
            counts: [treatment.count, control.count],
            plannedShares: [options.plannedTreatmentShare, 1 - options.plannedTreatmentShare]
        )
        let cuped: CUPEDAdjustment? = observations.allSatisfy({ $0.preMetric != nil })
            ? try? CUPEDAdjustment(observations: observations, unadjustedStandardError: welch.effect.standardError,
                                   alpha: options.alpha)
            : nil
        let cace: ComplianceAdjustedEffect? = observations.allSatisfy({ $0.compliance != nil })
            ? try? ComplianceAdjustedEffect(observations: observations, alpha: options.alpha)
            : nil

        treatmentCount = treatment.count
        controlCount = control.count
        treatmentMean = mt.mean
        controlMean = mc.mean
        itt = welch.effect
        ittDegreesOfFreedom = welch.degreesOfFreedom
        randomizationPValue = randomization.pValue
        randomizationIsExact = randomization.isExact
        self.cuped = cuped?.effect
        cupedTheta = cuped?.theta
        cupedVarianceReduction = cuped?.varianceReduction
        self.sequential = sequential.effect
        self.cace = cace?.effect
        complianceDifference = cace?.complianceDifference
        relative = (try? RelativeEffect(treatment: mt, control: mc, alpha: options.alpha))?.effect
        srmPValue = srm.pValue
        srmFlagged = srm.isMismatch
        confidenceLevel = 1 - options.alpha
        summary = ""
        summary = summarySentence(metric: options.metricDescription)
    }
}
