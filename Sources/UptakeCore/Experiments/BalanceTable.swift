/// Covariate balance between arms, as standardized mean differences (SMD).
///
/// SMD = (mean_t − mean_c) / √((s²_t + s²_c) / 2) for continuous covariates and
/// (p_t − p_c) / √((p_t(1 − p_t) + p_c(1 − p_c)) / 2) for team membership (Austin 2009, "Balance
/// diagnostics…", Statistics in Medicine 28). |SMD| < 0.1 is the usual mark of good balance.
public struct BalanceTable: Hashable, Sendable, Codable {
    /// One covariate's balance.
    public struct Row: Hashable, Sendable, Codable {
        /// The covariate ("baseline_conversion", "team=North", …).
        public var covariate: String
        /// Mean (or share) among treatment reps.
        public var treatmentMean: Double
        /// Mean (or share) among control reps.
        public var controlMean: Double
        /// The standardized mean difference; 0 when the covariate does not vary.
        public var standardizedMeanDifference: Double

        enum CodingKeys: String, CodingKey {
            case covariate, treatmentMean = "treatment_mean", controlMean = "control_mean"
            case standardizedMeanDifference = "smd"
        }
    }

    /// The rows: baseline conversion, then extra covariates (sorted), then team shares (sorted).
    public var rows: [Row]

    /// The largest |SMD| in the table.
    public var maximumAbsoluteSMD: Double { rows.map { abs($0.standardizedMeanDifference) }.max() ?? 0 }

    /// Computes the table.
    ///
    /// - Parameters:
    ///   - reps: The reps' baselines.
    ///   - arms: Each rep's arm, by rep id; reps without an arm are left out.
    public init(reps: [RepBaseline], arms: [String: PilotArm]) {
        // Sorted by id so that the sums, and so the table, do not depend on the input order.
        let reps = reps.sorted { $0.id < $1.id }
        let treatment = reps.filter { arms[$0.id] == .treatment }
        let control = reps.filter { arms[$0.id] == .control }
        func continuous(_ name: String, _ value: (RepBaseline) -> Double) -> Row {
            let t = SampleMoments(treatment.map(value)), c = SampleMoments(control.map(value))
            let pooled = ((t.variance + c.variance) / 2).squareRoot()
            return Row(covariate: name, treatmentMean: t.mean, controlMean: c.mean,
                       standardizedMeanDifference: pooled > 0 ? (t.mean - c.mean) / pooled : 0)
        }
        var rows = [continuous("baseline_conversion") { $0.baselineConversion }]
        let names = Set(reps.flatMap { $0.covariates.keys }).sorted()
        for name in names {
            rows.append(continuous(name) { $0.covariates[name] ?? 0 })
        }
        for team in Set(reps.map(\.team)).sorted() {
            func share(_ group: [RepBaseline]) -> Double {
                group.isEmpty ? 0 : Double(group.filter { $0.team == team }.count) / Double(group.count)
            }
            let pt = share(treatment), pc = share(control)
            let pooled = ((pt * (1 - pt) + pc * (1 - pc)) / 2).squareRoot()
            rows.append(Row(covariate: "team=\(team)", treatmentMean: pt, controlMean: pc,
                            standardizedMeanDifference: pooled > 0 ? (pt - pc) / pooled : 0))
        }
        self.rows = rows
    }
}
