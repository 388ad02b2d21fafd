import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting

/// The pulse store on an SQLite file, SQLite in memory and PostgreSQL.
@Suite("PulseStore contract")
struct SQLRepositoryPulseTests {
    static func answer(_ role: PulseRole, _ team: String, _ confidence: Int, comment: String? = nil) throws -> PulseAnswer {
        try PulseAnswer(
            role: role, team: team,
            scores: PulseScores(confidence: confidence, trust: 3, goalClarity: 4, training: 2), comment: comment)
    }

    @Test(arguments: TestDatabase.allCases)
    func migrationSixIsApplied(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            #expect(try await repository.appliedMigrations().contains(6))
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func surveysAndAnswersRoundTrip(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let opened = Date(timeIntervalSince1970: 1_795_000_000)
            let survey = PulseSurvey(
                id: "readiness-2026-11", templateID: "readiness-v1", title: "Readiness", openedAt: opened,
                isSimulated: false)
            try await repository.save(pulseSurvey: survey)
            var renamed = survey
            renamed.title = "Readiness (November)"
            try await repository.save(pulseSurvey: renamed)
            try await repository.save(pulseSurvey: PulseSurvey(
                id: "demo", templateID: "readiness-v1", title: "SIMULATED", openedAt: opened.addingTimeInterval(60),
                isSimulated: true))
            #expect(try await repository.pulseSurveys().map(\.id) == ["demo", "readiness-2026-11"])
            #expect(try await repository.pulseSurveys().last == renamed)

            let answers = [
                try Self.answer(.rep, "North", 4, comment: "more training, please"),
                try Self.answer(.executive, "Leadership", 5),
            ]
            try await repository.insert(pulseAnswers: answers, surveyID: survey.id, source: "csv")
            #expect(try await repository.pulseAnswers(surveyID: survey.id) == answers)
            #expect(try await repository.pulseAnswers(surveyID: "demo").isEmpty)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aLinkTokenIsConsumedOnce(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            var random = SeededGenerator(seed: 11)
            let token = PulseLinkToken.make(using: &random)
            let grant = PulseTokenGrant(token: token, surveyID: "s1", role: .practitioner, team: "South")
            try await repository.issue(pulseTokens: [grant])
            let scores = try PulseScores(confidence: 2, trust: 2, goalClarity: 3, training: 1)
            let used = try await repository.submitPulseAnswer(
                tokenHash: PulseLinkToken.hash(token), scores: scores, comment: " unclear goals ")
            #expect(used == grant)
            let error = await #expect(throws: PulseError.self) {
                _ = try await repository.submitPulseAnswer(
                    tokenHash: PulseLinkToken.hash(token), scores: scores, comment: nil)
            }
            #expect(error?.code == .invalidToken)
            await #expect(throws: PulseError.self) {
                _ = try await repository.submitPulseAnswer(tokenHash: PulseLinkToken.hash("forged"), scores: scores, comment: nil)
            }
            // One answer, under the grant's role and team, not tied to the token.
            let stored = try await repository.pulseAnswers(surveyID: "s1")
            #expect(stored == [try PulseAnswer(role: .practitioner, team: "South", scores: scores, comment: "unclear goals")])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aTokenIsOpenUntilUsedAndCheckingConsumesNothing(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let grant = PulseTokenGrant(token: "fresh-link", surveyID: "s1", role: .rep, team: "North")
            try await repository.issue(pulseTokens: [grant])
            let hash = PulseLinkToken.hash("fresh-link")
            // Checking twice leaves the link usable: the check reads, it does not consume.
            #expect(try await repository.pulseTokenIsOpen(tokenHash: hash))
            #expect(try await repository.pulseTokenIsOpen(tokenHash: hash))
            #expect(try await repository.pulseTokenIsOpen(tokenHash: PulseLinkToken.hash("never-issued")) == false)
            let scores = try PulseScores(confidence: 4, trust: 4, goalClarity: 4, training: 4)
            _ = try await repository.submitPulseAnswer(tokenHash: hash, scores: scores, comment: nil)
            #expect(try await repository.pulseTokenIsOpen(tokenHash: hash) == false)
            #expect(try await repository.pulseAnswers(surveyID: "s1").count == 1)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aFailedBatchStoresNothing(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let grant = PulseTokenGrant(tokenHash: "h", surveyID: "s", role: .rep, team: "T")
            await #expect(throws: (any Error).self) { try await repository.issue(pulseTokens: [grant, grant]) }
            let scores = try PulseScores(confidence: 3, trust: 3, goalClarity: 3, training: 3)
            await #expect(throws: PulseError.self) {
                _ = try await repository.submitPulseAnswer(tokenHash: "h", scores: scores, comment: nil)
            }
        }
    }
}
