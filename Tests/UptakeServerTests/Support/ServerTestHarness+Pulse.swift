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

    /// The stored answers of the seeded survey.
    func pulseAnswers() async throws -> [PulseAnswer] {
        try await repository.pulseAnswers(surveyID: Self.pulseSurveyID)
    }
}
