import Foundation
@testable import UptakeCore

/// The committed statsmodels fixture in `Tests/UptakeCoreTests/Fixtures/pulse`, made by
/// `scripts/fixtures/pulse/make_gap_fixture.py`.
enum PulseFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pulse")

    struct File: Decodable {
        struct Answer: Decodable {
            var role: String
            var team: String
            var confidence: Int
            var trust: Int
            var goal_clarity: Int
            var training: Int
        }
        struct Gap: Decodable {
            var difference: Double
            var ci_low: Double
            var ci_high: Double
            var p_value: Double
            var degrees_of_freedom: Double
            var executives: Int
            var front_line: Int
        }
        var statsmodels_version: String
        var answers: [Answer]
        var gap: Gap
        var team_gaps: [String: Gap]
    }

    static func gap() throws -> File {
        try JSONDecoder().decode(File.self, from: Data(contentsOf: directory.appendingPathComponent("gap.json")))
    }

    static func answers() throws -> [PulseAnswer] {
        try gap().answers.map { answer in
            try PulseAnswer(
                role: PulseRole(rawValue: answer.role)!, team: answer.team,
                scores: PulseScores(
                    confidence: answer.confidence, trust: answer.trust, goalClarity: answer.goal_clarity,
                    training: answer.training))
        }
    }
}
