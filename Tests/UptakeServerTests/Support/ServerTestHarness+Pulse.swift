import Foundation
import UptakeCore
import UptakeStore
@testable import UptakeServer

extension ServerTestHarness {
    /// The survey ``seedPulse(tokens:answers:)`` stores.
    static let pulseSurveyID = "readiness-test"

    /// Stores a pulse survey, one-time links for `tokens` (front-line reps of team `north`) and `answers`.
    ///
    /// - Parameters:
    ///   - tokens: The link tokens to issue.
    ///   - answers: Answers already given.
    func seedPulse(tokens: [String] = [], answers: [PulseAnswer] = []) async throws {
        try await repository.save(pulseSurvey: PulseSurvey(
            id: Self.pulseSurveyID, templateID: PulseSurveyTemplate.readiness.id, title: "Readiness test",
            openedAt: Date(timeIntervalSince1970: 1_795_000_000), isSimulated: false))
        try await repository.issue(pulseTokens: tokens.map {
            PulseTokenGrant(token: $0, surveyID: Self.pulseSurveyID, role: .rep, team: "north")
        })
        if !answers.isEmpty {
            try await repository.insert(pulseAnswers: answers, surveyID: Self.pulseSurveyID, source: "csv")
        }
    }

    /// `count` equal answers of one role and team.
    ///
    /// - Parameters:
    ///   - role: Their role.
    ///   - team: Their team.
    ///   - count: How many.
    ///   - confidence: Their confidence rating (the other items are 3).
    /// - Returns: The answers.
    static func pulseGroup(_ role: PulseRole, _ team: String, _ count: Int, confidence: Int) throws
        -> [PulseAnswer]
    {
        try (0..<count).map { _ in
            try PulseAnswer(
                role: role, team: team,
                scores: PulseScores(confidence: confidence, trust: 3, goalClarity: 3, training: 3))
        }
    }

    /// The stored answers of the seeded survey.
    func pulseAnswers() async throws -> [PulseAnswer] {
        try await repository.pulseAnswers(surveyID: Self.pulseSurveyID)
    }
}
