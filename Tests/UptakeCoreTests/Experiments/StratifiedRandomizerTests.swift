import Testing
@testable import UptakeCore

@Suite("Stratified randomization")
struct StratifiedRandomizerTests {
    static func reps(_ count: Int, seed: UInt64) -> [RepBaseline] {
        var generator = ExperimentRandom(seed: seed)
        let teams = ["North", "South", "East"]
        return (0..<count).map { i in
            RepBaseline(id: "R\(i)", team: teams[i % 3],
                        baselineConversion: Double.random(in: 0..<4, using: &generator),
                        covariates: ["tenure_years": Double.random(in: 0..<20, using: &generator)])
        }
    }

    @Test func sameSeedSameAssignmentWhateverTheInputOrder() throws {
        let reps = Self.reps(60, seed: 1)
        var a = ExperimentRandom(seed: 5), b = ExperimentRandom(seed: 5)
        let first = try StratifiedRandomizer().assign(reps, using: &a)
        let second = try StratifiedRandomizer().assign(reps.reversed(), using: &b)
        #expect(first == second)
        var c = ExperimentRandom(seed: 6)
        #expect(try StratifiedRandomizer().assign(reps, using: &c).arms != first.arms)
    }

    @Test func everyStratumIsSplitWithinOneRep() throws {
        var generator = ExperimentRandom(seed: 2)
        let assignment = try StratifiedRandomizer().assign(Self.reps(97, seed: 3), using: &generator)
        #expect(assignment.entries.count == 97)
        let strata = Dictionary(grouping: assignment.entries, by: \.stratum)
        #expect(strata.count == 12)  // 3 teams × 4 quartiles
        for (_, members) in strata {
            let treated = members.filter { $0.arm == .treatment }.count
            #expect(abs(2 * treated - members.count) <= 1)
        }
    }

    /// Stratification should give better balance on the baseline than simple randomization: over 200
    /// seeds, the mean |SMD| of baseline conversion must be smaller.
    @Test func balancesTheBaselineBetterThanSimpleRandomization() throws {
        let reps = Self.reps(60, seed: 4)
        var stratifiedSMD = 0.0, simpleSMD = 0.0
        for seed in 0..<200 {
            var generator = ExperimentRandom(seed: UInt64(seed))
            let stratified = try StratifiedRandomizer().assign(reps, using: &generator)
            stratifiedSMD += abs(stratified.balance.rows[0].standardizedMeanDifference)
            var shuffled = reps.map(\.id)
            shuffled.shuffle(using: &generator)
            let arms = Dictionary(uniqueKeysWithValues: shuffled.enumerated().map {
                ($1, $0 < 30 ? PilotArm.treatment : .control)
            })
            simpleSMD += abs(BalanceTable(reps: reps, arms: arms).rows[0].standardizedMeanDifference)
        }
        #expect(stratifiedSMD < 0.5 * simpleSMD)
    }

    @Test func balanceTableComputesTheSMD() {
        let reps = [RepBaseline(id: "a", team: "N", baselineConversion: 1),
                    RepBaseline(id: "b", team: "N", baselineConversion: 3),
                    RepBaseline(id: "c", team: "S", baselineConversion: 2),
                    RepBaseline(id: "d", team: "S", baselineConversion: 6)]
        let table = BalanceTable(reps: reps, arms: ["a": .treatment, "b": .treatment, "c": .control, "d": .control])
        // treatment mean 2, var 2; control mean 4, var 8; SMD = -2 / sqrt(5).
        #expect(abs(table.rows[0].standardizedMeanDifference - (-2 / 5.0.squareRoot())) < 1e-12)
        #expect(table.rows.map(\.covariate) == ["baseline_conversion", "team=N", "team=S"])
        #expect(table.rows[1].treatmentMean == 1 && table.rows[1].controlMean == 0)
    }
}
