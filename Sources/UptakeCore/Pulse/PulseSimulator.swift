/// Simulated pulse answers for the demo territory, clearly flagged ``PulseAnswer/isSimulated``.
///
/// The shape is the one the pulse exists to reveal: executives more confident than the front line, and
/// teams differing. Deterministic for a seed.
public struct PulseSimulator: Sendable {
    /// The team executives answer under.
    public static let leadershipTeam = "Leadership"

    /// Reps per team to simulate answers for.
    public var repsByTeam: [String: Int]
    /// Executives answering.
    public var executives: Int
    /// The share of reps who answer.
    public var responseRate: Double
    /// Practitioners (analysts) answering, all in the first team.
    public var practitioners: Int

    /// Makes a simulator.
    ///
    /// - Parameters:
    ///   - repsByTeam: Reps per team.
    ///   - executives: Executives answering.
    ///   - responseRate: The share of reps who answer, in (0, 1].
    ///   - practitioners: Practitioners answering.
    public init(repsByTeam: [String: Int], executives: Int = 6, responseRate: Double = 0.85, practitioners: Int = 5) {
        self.repsByTeam = repsByTeam
        self.executives = executives
        self.responseRate = responseRate
        self.practitioners = practitioners
    }

    private static let comments = [
        "The suggested stops rarely fit around my appointments.",
        "I would like to know why a lead scores high.",
        "Training was too short.",
        "Good start; the bronze leads were worth the detour.",
        "Targets for the pilot are not clear to my team.",
        "Scores look right for the accounts I know.",
    ]

    /// Simulates one survey's answers.
    ///
    /// - Parameter generator: Seeded randomness.
    /// - Returns: The answers, every one flagged simulated.
    /// - Throws: ``PulseError`` only if a team name is empty.
    public func answers(using generator: inout SeededGenerator) throws -> [PulseAnswer] {
        var answers: [PulseAnswer] = []
        func answer(_ role: PulseRole, _ team: String, centre: Double) throws {
            func rating(_ shift: Double) -> Int {
                Int((centre + shift + 0.9 * generator.nextGaussian()).rounded()).clamped(to: 1...5)
            }
            let scores = try PulseScores(
                confidence: rating(0), trust: rating(-0.2), goalClarity: rating(0.1), training: rating(-0.4))
            let comment = generator.nextUnit() < 0.25
                ? Self.comments[generator.nextInt(below: Self.comments.count)] : nil
            answers.append(try PulseAnswer(role: role, team: team, scores: scores, comment: comment, isSimulated: true))
        }
        for _ in 0..<executives { try answer(.executive, Self.leadershipTeam, centre: 4.2) }
        for (index, team) in repsByTeam.keys.sorted().enumerated() {
            // Teams differ: each later team a little less convinced.
            let teamCentre = 3.3 - 0.25 * Double(index % 4)
            try answer(.manager, team, centre: teamCentre + 0.4)
            if index == 0 { for _ in 0..<practitioners { try answer(.practitioner, team, centre: teamCentre + 0.2) } }
            for _ in 0..<(repsByTeam[team] ?? 0) where generator.nextUnit() < responseRate {
                try answer(.rep, team, centre: teamCentre)
            }
        }
        return answers
    }
}

extension Comparable {
    fileprivate func clamped(to range: ClosedRange<Self>) -> Self {
        min(max(self, range.lowerBound), range.upperBound)
    }
}
