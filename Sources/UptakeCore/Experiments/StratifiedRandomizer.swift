/// Randomizes reps to treatment and control within strata of team × baseline-conversion quantile.
///
/// Stratifying on the strongest predictors of the outcome keeps the arms comparable in small pilots
/// and tightens the interval (DESIGN.md, "Pilot"). Within each stratum the reps are shuffled and the
/// first ⌊share × size⌋ go to treatment; the fractional remainder goes to treatment with probability
/// equal to the fraction, so the expected share is exact. Input order does not matter: reps are sorted
/// by id first, so the same seed always gives the same assignment.
public struct StratifiedRandomizer: Hashable, Sendable, Codable {
    /// Number of baseline-conversion quantile bins (4 = quartiles).
    public var quantileBins: Int
    /// Planned share of reps in treatment.
    public var treatmentShare: Double
    /// Whether team is a stratification factor.
    public var stratifyByTeam: Bool

    /// Makes a randomizer.
    ///
    /// - Parameters:
    ///   - quantileBins: Baseline quantile bins.
    ///   - treatmentShare: Planned treatment share.
    ///   - stratifyByTeam: Whether to stratify by team.
    public init(quantileBins: Int = 4, treatmentShare: Double = 0.5, stratifyByTeam: Bool = true) {
        self.quantileBins = quantileBins
        self.treatmentShare = treatmentShare
        self.stratifyByTeam = stratifyByTeam
    }

    /// Assigns every rep to an arm.
    ///
    /// - Parameters:
    ///   - reps: The reps with their baselines; ids must be unique.
    ///   - generator: Seeded randomness.
    /// - Returns: The assignment and its balance table.
    /// - Throws: ``StatisticsError`` `.invalidArgument` for duplicate ids, fewer than one bin or a share
    ///   outside (0, 1).
    public func assign<G: RandomNumberGenerator>(_ reps: [RepBaseline], using generator: inout G) throws
        -> PilotAssignment {
        guard quantileBins >= 1, treatmentShare > 0, treatmentShare < 1 else {
            throw StatisticsError(.invalidArgument, "need at least one bin and a treatment share in (0, 1)")
        }
        guard Set(reps.map(\.id)).count == reps.count else {
            throw StatisticsError(.invalidArgument, "rep ids must be unique")
        }
        let sorted = reps.sorted { $0.id < $1.id }
        // Quantile bin by rank of baseline conversion (ties broken by id, which is already the order).
        let ranked = sorted.indices.sorted { sorted[$0].baselineConversion < sorted[$1].baselineConversion }
        var bin = [Int](repeating: 0, count: sorted.count)
        for (rank, index) in ranked.enumerated() {
            bin[index] = rank * quantileBins / max(1, sorted.count)
        }
        var strata: [String: [Int]] = [:]
        for index in sorted.indices {
            let key = (stratifyByTeam ? sorted[index].team + "|" : "") + "q\(bin[index] + 1)"
            strata[key, default: []].append(index)
        }
        var entries = [PilotAssignment.Entry]()
        for key in strata.keys.sorted() {
            var members = strata[key]!
            members.shuffle(using: &generator)
            let target = treatmentShare * Double(members.count)
            var treated = Int(target.rounded(.down))
            if Double.random(in: 0..<1, using: &generator) < target - Double(treated) { treated += 1 }
            for (position, index) in members.enumerated() {
                entries.append(.init(repID: sorted[index].id, arm: position < treated ? .treatment : .control,
                                     stratum: key))
            }
        }
        entries.sort { $0.repID < $1.repID }
        let arms = Dictionary(uniqueKeysWithValues: entries.map { ($0.repID, $0.arm) })
        return PilotAssignment(entries: entries, balance: BalanceTable(reps: reps, arms: arms))
    }
}
