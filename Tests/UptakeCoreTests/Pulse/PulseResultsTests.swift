import Testing
@testable import UptakeCore

@Suite struct PulseResultsTests {
    static func close(_ gap: ConfidenceGap?, _ expected: PulseFixtures.File.Gap) -> Bool {
        guard let gap else { return false }
        return abs(gap.gap.estimate - expected.difference) < 1e-12
            && abs(gap.gap.ciLow - expected.ci_low) < 1e-9 && abs(gap.gap.ciHigh - expected.ci_high) < 1e-9
            && abs((gap.gap.pValue ?? -1) - expected.p_value) < 1e-9
            && abs(gap.degreesOfFreedom - expected.degrees_of_freedom) < 1e-9
    }

    @Test func gapAgreesWithStatsmodels() throws {
        let fixture = try PulseFixtures.gap()
        let results = PulseResults(answers: try PulseFixtures.answers())
        #expect(Self.close(results.gap, fixture.gap), "\(String(describing: results.gap))")
        #expect(results.teamGaps.map(\.group) == ["North"])
        #expect(Self.close(results.teamGaps.first, try #require(fixture.team_gaps["North"])))
    }

    @Test func smallGroupsAndTheirComplementsAreSuppressed() throws {
        let results = PulseResults(answers: try PulseFixtures.answers())
        // executive 7, manager 2, front line 19 = practitioner 2 + rep 17.
        #expect(results.role("executive")?.answers == 7)
        #expect(results.byRole.contains(.suppressed(name: "manager")))
        #expect(results.role(PulseResults.frontLineName)?.answers == 19)
        // Showing rep (17) beside the front line (19) would reveal the 2 practitioners.
        #expect(results.byRole.contains(.suppressed(name: "practitioner")))
        #expect(results.byRole.contains(.suppressed(name: "rep")))
        // Teams' front lines: North 10, South 6, West 3; West alone would follow from the front line minus
        // North and South, so South goes too.
        #expect(results.team("North")?.answers == 10)
        #expect(results.byTeam.contains(.suppressed(name: "South")))
        #expect(results.byTeam.contains(.suppressed(name: "West")))
    }

    @Test func noPublishedFigureEverDescribesFewerThanFive() {
        var random = SeededGenerator(seed: 2026)
        for _ in 0..<300 {
            var answers: [PulseAnswer] = []
            for _ in 0..<random.nextInt(in: 0...30) {
                let role = PulseRole.allCases[random.nextInt(below: 4)]
                let team = ["A", "B", "C", "D"][random.nextInt(below: 4)]
                let r = { (g: inout SeededGenerator) in g.nextInt(in: 1...5) }
                answers.append(try! PulseAnswer(
                    role: role, team: team,
                    scores: PulseScores(confidence: r(&random), trust: r(&random), goalClarity: r(&random), training: r(&random)),
                    comment: random.nextUnit() < 0.3 ? "c" : nil))
            }
            let results = PulseResults(answers: answers)
            let shown = (results.byRole + results.byTeam).compactMap(\.summary)
            #expect(shown.allSatisfy { $0.answers >= 5 })
            // Within each partition whose total is published, what is hidden is either nothing or ≥ 5 answers.
            let frontLine = answers.filter { $0.role.isFrontLine }
            if frontLine.count >= 5 {
                let hiddenTeams = results.byTeam.filter { $0.summary == nil }.map(\.name)
                let hiddenCount = frontLine.filter { hiddenTeams.contains($0.team) }.count
                #expect(hiddenCount == 0 || hiddenCount >= 5)
                let hiddenRoles = results.byRole.filter { $0.summary == nil }.map(\.name)
                let hiddenFrontLine = frontLine.filter { hiddenRoles.contains($0.role.rawValue) }.count
                #expect(hiddenFrontLine == 0 || hiddenFrontLine >= 5)
            }
            if results.gap != nil { #expect(results.role("executive") != nil) }
            if answers.count < 5 { #expect(results.comments.isEmpty) }
        }
    }

    @Test func fourAnswersShowNothing() throws {
        let scores = try PulseScores(confidence: 5, trust: 5, goalClarity: 5, training: 5)
        let answers = try (0..<4).map { _ in try PulseAnswer(role: .executive, team: "L", scores: scores, comment: "secret") }
        let results = PulseResults(answers: answers)
        #expect(results.byRole == [.suppressed(name: "executive")])
        #expect(results.comments.isEmpty && results.gap == nil && results.teamGaps.isEmpty)
        #expect(results.gapNote == "not shown: executives have fewer than 5 answers")
    }

    @Test func csvRecordsAreValidated() throws {
        let good = try PulseAnswer(record: [
            "role": "Rep", "team": " North ", "confidence": "4", "trust": "3", "goal_clarity": "5", "training": "2",
            "comment": "  ",
        ])
        #expect(good.role == .rep && good.team == "North" && good.comment == nil && good.scores.goalClarity == 5)
        #expect { try PulseAnswer(record: ["role": "ceo", "team": "x"]) } throws: { error in
            "\(error)".contains("\"ceo\" is not one of executive|manager|practitioner|rep")
        }
        #expect { try PulseAnswer(record: [
            "role": "rep", "team": "x", "confidence": "6", "trust": "3", "goal_clarity": "5", "training": "2",
        ]) } throws: { "\($0)" == "column \"confidence\": \"6\" is not a rating from 1 to 5" }
        #expect { try PulseAnswer(record: ["role": "rep", "team": "x"]) } throws: {
            ($0 as? PulseError)?.code == .missingColumn
        }
    }
}
