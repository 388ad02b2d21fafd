/// Everything decided before a pilot starts: the analysis plan, which reps are in which arm (stratified
/// by baseline tercile and team), the balance it achieved, and the power it has.
///
/// ```swift
/// let design = try PilotDesign(name: "Ohio Q1", metric: .bronzeConversionsPerRepWeek, startDate: "2026-01-05",
///                              weeks: 8, alpha: 0.05, seed: 7, history: histories)
/// design.assignment.balance.maximumAbsoluteSMD
/// try design.plan.planHash()   // frozen when the pilot starts
/// ```
public struct PilotDesign: Hashable, Sendable, Codable {
    /// The analysis plan (frozen and hashed at start).
    public var plan: AnalysisPlan
    /// The primary metric.
    public var metric: PilotMetric
    /// Each rep's arm and stratum, and the balance table.
    public var assignment: PilotAssignment
    /// The power calculation.
    public var power: PilotPower

    /// Baseline-conversion quantile bins: terciles.
    public static let strataBins = 3

    /// Designs a pilot over the reps in `history`.
    ///
    /// - Parameters:
    ///   - name: The pilot's name.
    ///   - metric: The primary metric.
    ///   - startDate: First day, ISO 8601 (`2026-01-05`).
    ///   - weeks: Length in weeks; also the pre-period used for CUPED.
    ///   - alpha: Two-sided significance level.
    ///   - seed: Seed of the randomization (and of the analysis's relabellings).
    ///   - history: Each rep's weekly metric before the start.
    /// - Throws: ``StatisticsError`` `.invalidArgument` for fewer than four reps, a non-positive length or
    ///   an alpha outside (0, 1), or repeated rep ids.
    public init(
        name: String, metric: PilotMetric, startDate: String, weeks: Int, alpha: Double, seed: UInt64,
        history: [RepHistory]
    ) throws {
        guard history.count >= 4 else {
            throw StatisticsError(.invalidArgument, "a pilot needs at least four reps (two per arm); got \(history.count)")
        }
        guard weeks >= 1, alpha > 0, alpha < 1 else {
            throw StatisticsError(.invalidArgument, "weeks must be at least 1 and alpha in (0, 1)")
        }
        var plan = AnalysisPlan(
            pilotName: name, metric: metric.rawValue, metricDescription: metric.description,
            preMetric: metric.rawValue + "-pre", complianceMetric: "acceptance_rate", startDate: startDate,
            horizonWeeks: weeks, plannedReps: history.count, alpha: alpha, stratificationBins: Self.strataBins,
            stratifyByTeam: true, seed: seed)
        let baselines = history.map { RepBaseline(id: $0.id, team: $0.team, baselineConversion: $0.weeklyMean) }
        var generator = ExperimentRandom(seed: seed)
        assignment = try plan.randomizer.assign(baselines, using: &generator)
        power = Self.power(history: history, metric: metric, weeks: weeks, alpha: alpha)
        plan.minimumDetectableEffect = power.minimumDetectableEffect
        self.plan = plan
        self.metric = metric
    }

    /// The power calculation from the weekly history.
    private static func power(history: [RepHistory], metric: PilotMetric, weeks: Int, alpha: Double) -> PilotPower {
        let groups = history.map(\.weekly)
        let estimate = try? IntraclassCorrelation(groups: groups)
        let icc = estimate?.clamped ?? 0
        let all = SampleMoments(groups.flatMap { $0 })
        let sd = all.count > 1 ? all.variance.squareRoot() : 0
        let analysis = ClusterPowerAnalysis(standardDeviation: sd, observationsPerRep: Double(weeks), icc: icc,
                                            alpha: alpha)
        let scale = metric.weeklyScale(weeks: weeks)
        let mde = sd > 0 ? (try? analysis.minimumDetectableEffect(reps: history.count)).map { $0 * scale } : nil
        let mean = all.count > 0 ? all.mean * scale : 0
        return PilotPower(
            icc: icc, iccEstimated: estimate != nil, standardDeviation: sd, weeks: weeks, reps: history.count,
            designEffect: analysis.designEffect, minimumDetectableEffect: mde,
            minimumDetectableRelative: mde.flatMap { mean > 0 ? $0 / mean : nil })
    }

    /// The rows of the analysis: one observation per assigned rep.
    ///
    /// - Parameters:
    ///   - metric: Each rep's metric over the pilot.
    ///   - preMetric: Each rep's metric over the pre-period (CUPED), or empty for none.
    ///   - compliance: Each rep's acceptance rate (CACE), or empty for none.
    /// - Returns: One observation per rep in the assignment, in rep order; a rep missing from `metric`
    ///   counts as 0 (a rep who converted nothing).
    public func observations(
        metric: [String: Double], preMetric: [String: Double], compliance: [String: Double]
    ) -> [PilotObservation] {
        assignment.entries.map { entry in
            PilotObservation(
                arm: entry.arm, metric: metric[entry.repID] ?? 0,
                preMetric: preMetric.isEmpty ? nil : preMetric[entry.repID] ?? 0,
                compliance: compliance.isEmpty ? nil : compliance[entry.repID] ?? 0)
        }
    }
}
