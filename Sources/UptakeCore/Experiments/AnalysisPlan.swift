import Foundation

/// A pilot's analysis plan, frozen when the pilot starts so that the analysis cannot be chosen after
/// the data are seen ("statistics can say anything" — not when the plan was fixed first).
///
/// ``canonicalJSON()`` gives a stable byte encoding (keys sorted, no whitespace) that the store layer
/// hashes (SHA-256) and records with the pilot; anyone can re-encode the plan and check the hash.
///
/// ```swift
/// let plan = AnalysisPlan(pilotName: "Ohio bronze 2026-Q1", metric: "bronze_conversions_per_week",
///                         metricDescription: "bronze leads converted a week",
///                         preMetric: "bronze_conversions_per_week_pre", complianceMetric: "acceptance_rate",
///                         startDate: "2026-01-05", horizonWeeks: 12, plannedReps: 120)
/// let bytes = try plan.canonicalJSON()       // hash these in the store
/// let options = plan.analysisOptions         // analyse exactly as planned
/// ```
public struct AnalysisPlan: Hashable, Sendable, Codable {
    /// The version of this plan format; bump when fields change meaning.
    public var formatVersion: Int
    /// The pilot's name.
    public var pilotName: String
    /// The primary outcome's column or metric id.
    public var metric: String
    /// The primary outcome in words, for summaries.
    public var metricDescription: String
    /// The pre-period covariate for CUPED, if any.
    public var preMetric: String?
    /// The compliance measure for the CACE, if any.
    public var complianceMetric: String?
    /// Which estimate is primary: `"itt"` or `"cuped"`.
    public var primaryEstimate: String
    /// First day of the pilot (ISO 8601 date).
    public var startDate: String
    /// Planned length in weeks.
    public var horizonWeeks: Int
    /// Planned number of reps (also the sequential tuning sample size).
    public var plannedReps: Int
    /// Two-sided significance level.
    public var alpha: Double
    /// Planned share of reps in treatment.
    public var plannedTreatmentShare: Double
    /// Baseline-conversion quantile bins for stratification.
    public var stratificationBins: Int
    /// Whether team is a stratification factor.
    public var stratifyByTeam: Bool
    /// Seed for randomization, relabellings and Monte Carlo.
    public var seed: UInt64
    /// Random relabellings for the randomization p-value.
    public var permutations: Int
    /// The minimum detectable effect the pilot was powered for, if computed.
    public var minimumDetectableEffect: Double?

    /// Makes a plan.
    ///
    /// - Parameters:
    ///   - pilotName: The pilot's name.
    ///   - metric: Primary outcome id.
    ///   - metricDescription: The outcome in words.
    ///   - preMetric: CUPED covariate id.
    ///   - complianceMetric: Compliance measure id.
    ///   - primaryEstimate: `"itt"` or `"cuped"`.
    ///   - startDate: ISO 8601 start date.
    ///   - horizonWeeks: Planned weeks.
    ///   - plannedReps: Planned reps.
    ///   - alpha: Significance level.
    ///   - plannedTreatmentShare: Treatment share.
    ///   - stratificationBins: Quantile bins.
    ///   - stratifyByTeam: Stratify by team.
    ///   - seed: Seed.
    ///   - permutations: Relabellings.
    ///   - minimumDetectableEffect: The MDE, if computed.
    public init(
        pilotName: String, metric: String, metricDescription: String, preMetric: String? = nil,
        complianceMetric: String? = nil, primaryEstimate: String = "itt", startDate: String, horizonWeeks: Int,
        plannedReps: Int, alpha: Double = 0.05, plannedTreatmentShare: Double = 0.5, stratificationBins: Int = 4,
        stratifyByTeam: Bool = true, seed: UInt64 = 20_170_101, permutations: Int = 10_000,
        minimumDetectableEffect: Double? = nil
    ) {
        formatVersion = 1
        self.pilotName = pilotName
        self.metric = metric
        self.metricDescription = metricDescription
        self.preMetric = preMetric
        self.complianceMetric = complianceMetric
        self.primaryEstimate = primaryEstimate
        self.startDate = startDate
        self.horizonWeeks = horizonWeeks
        self.plannedReps = plannedReps
        self.alpha = alpha
        self.plannedTreatmentShare = plannedTreatmentShare
        self.stratificationBins = stratificationBins
        self.stratifyByTeam = stratifyByTeam
        self.seed = seed
        self.permutations = permutations
        self.minimumDetectableEffect = minimumDetectableEffect
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", pilotName = "pilot_name", metric
        case metricDescription = "metric_description", preMetric = "pre_metric"
        case complianceMetric = "compliance_metric", primaryEstimate = "primary_estimate"
        case startDate = "start_date", horizonWeeks = "horizon_weeks", plannedReps = "planned_reps", alpha
        case plannedTreatmentShare = "planned_treatment_share", stratificationBins = "stratification_bins"
        case stratifyByTeam = "stratify_by_team", seed, permutations
        case minimumDetectableEffect = "minimum_detectable_effect"
    }

    /// The canonical encoding: JSON with keys sorted, no insignificant whitespace, absent optionals
    /// omitted, slashes unescaped. Equal plans give equal bytes.
    ///
    /// - Returns: UTF-8 JSON bytes.
    /// - Throws: `EncodingError` if a number is not finite.
    public func canonicalJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// The analysis options the plan fixes.
    public var analysisOptions: PilotAnalysisOptions {
        PilotAnalysisOptions(
            alpha: alpha, plannedTreatmentShare: plannedTreatmentShare, permutations: permutations, seed: seed,
            sequentialTuning: Double(plannedReps), metricDescription: metricDescription
        )
    }

    /// The randomizer the plan fixes.
    public var randomizer: StratifiedRandomizer {
        StratifiedRandomizer(quantileBins: stratificationBins, treatmentShare: plannedTreatmentShare,
                             stratifyByTeam: stratifyByTeam)
    }
}
