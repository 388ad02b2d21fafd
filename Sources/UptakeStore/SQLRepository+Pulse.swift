import Foundation
import SQLKit
import UptakeCore

extension SQLRepository {
    public func save(pulseSurvey survey: PulseSurvey) async throws {
        try await withinTransaction { database in
            let exists = try await database.select().column("id").from("pulse_surveys")
                .where("id", .equal, survey.id).first() != nil
            if exists {
                try await database.update("pulse_surveys")
                    .set("template_id", to: survey.templateID).set("title", to: survey.title)
                    .set("is_simulated", to: survey.isSimulated ? 1 : 0)
                    .where("id", .equal, survey.id).run()
            } else {
                try await database.insert(into: "pulse_surveys")
                    .columns("id", "template_id", "title", "opened_at_ms", "is_simulated")
                    .values(
                        SQLBind(survey.id), SQLBind(survey.templateID), SQLBind(survey.title),
                        SQLBind(StoredDate.milliseconds(survey.openedAt)), SQLBind(survey.isSimulated ? 1 : 0))
                    .run()
            }
        }
    }

    public func pulseSurveys() async throws -> [PulseSurvey] {
        try await withDatabase { database in
            try await database.select()
                .columns("id", "template_id", "title", "opened_at_ms", "is_simulated").from("pulse_surveys")
                .orderBy("opened_at_ms", .descending).orderBy("id").all()
                .map { row in
                    let reader = RowReader(table: "pulse_surveys", row: row)
                    return PulseSurvey(
                        id: try reader("id"), templateID: try reader("template_id"), title: try reader("title"),
                        openedAt: StoredDate.date(try reader("opened_at_ms")),
                        isSimulated: try reader("is_simulated", as: Int.self) != 0)
                }
        }
    }

    public func insert(pulseAnswers answers: [PulseAnswer], surveyID: String, source: String) async throws {
        guard !answers.isEmpty else { return }
        try await withinTransaction { database in
            // 11 binds a row; well under every driver's bind limit per statement.
            for start in stride(from: 0, to: answers.count, by: 500) {
                var insert = database.insert(into: "pulse_answers").columns(Self.pulseAnswerColumns)
                for answer in answers[start..<min(start + 500, answers.count)] {
                    insert = insert.values(Self.pulseAnswerValues(answer, surveyID: surveyID, source: source))
                }
                try await insert.run()
            }
        }
    }

    public func pulseAnswers(surveyID: String) async throws -> [PulseAnswer] {
        try await withDatabase { database in
            try await database.select()
                .columns("role", "team", "confidence", "trust", "goal_clarity", "training", "comment", "is_simulated")
                .from("pulse_answers").where("survey_id", .equal, surveyID).orderBy("id").all()
                .map { row in
                    let reader = RowReader(table: "pulse_answers", row: row)
                    let roleText: String = try reader("role")
                    guard let role = PulseRole(rawValue: roleText) else {
                        throw StoreError(.corruptRow, "pulse_answers.role \"\(roleText)\" is not a pulse role")
                    }
                    let team: String = try reader("team")
                    let confidence: Int = try reader("confidence"), trust: Int = try reader("trust")
                    let goalClarity: Int = try reader("goal_clarity"), training: Int = try reader("training")
                    let comment: String? = try reader.optional("comment")
                    let simulated: Int = try reader("is_simulated")
                    return try reader.make {
                        try PulseAnswer(
                            role: role, team: team,
                            scores: PulseScores(
                                confidence: confidence, trust: trust, goalClarity: goalClarity, training: training),
                            comment: comment, isSimulated: simulated != 0)
                    }
                }
        }
    }

    public func issue(pulseTokens grants: [PulseTokenGrant]) async throws {
        guard !grants.isEmpty else { return }
        try await withinTransaction { database in
            for start in stride(from: 0, to: grants.count, by: 500) {
                var insert = database.insert(into: "pulse_tokens")
                    .columns("token_hash", "survey_id", "role", "team", "consumed")
                for grant in grants[start..<min(start + 500, grants.count)] {
                    insert = insert.values(
                        SQLBind(grant.tokenHash), SQLBind(grant.surveyID), SQLBind(grant.role.rawValue),
                        SQLBind(grant.team), SQLBind(0))
                }
                try await insert.run()
            }
        }
    }

    public func pulseTokenIsOpen(tokenHash: String) async throws -> Bool {
        try await withDatabase { database in
            try await database.select().column("token_hash").from("pulse_tokens")
                .where("token_hash", .equal, tokenHash).where("consumed", .equal, 0)
                .first() != nil
        }
    }

    public func submitPulseAnswer(tokenHash: String, scores: PulseScores, comment: String?) async throws
        -> PulseTokenGrant
    {
        try await withinTransaction { database in
            // One statement marks the token used and reads its grant, so two submissions of one link cannot
            // both succeed.
            let rows = try await database.update("pulse_tokens")
                .set("consumed", to: 1)
                .where("token_hash", .equal, tokenHash).where("consumed", .equal, 0)
                .returning("survey_id", "role", "team")
                .all()
            guard let row = rows.first else {
                throw PulseError(.invalidToken, "this pulse link is unknown or has already been used")
            }
            let reader = RowReader(table: "pulse_tokens", row: row)
            let roleText: String = try reader("role")
            guard let role = PulseRole(rawValue: roleText) else {
                throw StoreError(.corruptRow, "pulse_tokens.role \"\(roleText)\" is not a pulse role")
            }
            let grant = PulseTokenGrant(
                tokenHash: tokenHash, surveyID: try reader("survey_id"), role: role, team: try reader("team"))
            let answer = try PulseAnswer(role: grant.role, team: grant.team, scores: scores, comment: comment)
            try await database.insert(into: "pulse_answers").columns(Self.pulseAnswerColumns)
                .values(Self.pulseAnswerValues(answer, surveyID: grant.surveyID, source: "link"))
                .run()
            return grant
        }
    }

    private static let pulseAnswerColumns = [
        "survey_id", "role", "team", "confidence", "trust", "goal_clarity", "training", "comment", "source",
        "is_simulated",
    ]

    private static func pulseAnswerValues(_ answer: PulseAnswer, surveyID: String, source: String) -> [any SQLExpression] {
        [
            SQLBind(surveyID), SQLBind(answer.role.rawValue), SQLBind(answer.team),
            SQLBind(answer.scores.confidence), SQLBind(answer.scores.trust), SQLBind(answer.scores.goalClarity),
            SQLBind(answer.scores.training), SQLBind(answer.comment), SQLBind(source),
            SQLBind(answer.isSimulated ? 1 : 0),
        ]
    }
}
