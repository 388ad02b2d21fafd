import Foundation
import Hummingbird
import UptakeCore
import UptakeStore

/// The readiness pulse in the JSON API: `POST /api/v1/pulse/{token}` answers through a one-time link (no
/// sign-in; the token is the credential) and `GET /api/v1/pulse/results` gives a survey's results to
/// executives, analysts and admins.
///
/// Results are only ever ``UptakeCore/PulseResults``: every group of fewer than five answers is suppressed
/// in the core, so nothing here can publish one.
struct PulseAPIController: Sendable {
    let repository: any UptakeRepository

    /// The roles that see pulse results (the survey measures them and the front line, not a team's manager).
    static let resultRoles: Set<UserRole> = [.executive, .analyst, .admin]

    /// A survey's publishable results.
    struct Results: Encodable, Sendable {
        /// The survey's id; absent before any survey exists.
        var survey: String?
        /// The survey's title.
        var title: String?
        /// Whether the survey or any answer is simulated (results must then be labelled so).
        var simulated: Bool
        /// The results, small groups suppressed.
        var results: Published
    }

    /// ``UptakeCore/PulseResults`` as the API publishes it: a suppressed team is left out, name and all (its
    /// name alone would tell that the team answered and that it has fewer than five), and only counted.
    struct Published: Encodable, Sendable {
        /// Executive, manager, front line, practitioner, rep: each shown or suppressed.
        var byRole: [PulseGroupResult]
        /// The shown teams' front lines.
        var byTeam: [PulseGroupResult]
        /// How many teams are suppressed.
        var suppressedTeams: Int
        /// Executives minus the front line, when both are shown.
        var gap: ConfidenceGap?
        /// Why ``gap`` is absent, when it is.
        var gapNote: String?
        /// Executives minus each shown team's front line.
        var teamGaps: [ConfidenceGap]
        /// The comments, unattributed and sorted.
        var comments: [String]
        /// Whether any answer was simulated.
        var includesSimulated: Bool

        /// Publishes results.
        ///
        /// - Parameter results: The core's suppressed results.
        init(_ results: PulseResults) {
            byRole = results.byRole
            byTeam = results.byTeam.filter { $0.summary != nil }
            suppressedTeams = results.byTeam.count - byTeam.count
            gap = results.gap
            gapNote = results.gapNote
            teamGaps = results.teamGaps
            comments = results.comments
            includesSimulated = results.includesSimulated
        }
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        let api = router.group("/api/v1")
        api.get("/pulse/results", use: results)
        api.post("/pulse/{token}", use: answer)
    }

    /// The results of `?survey=ID`, or of the latest survey; empty before any survey exists.
    @Sendable func results(_ request: Request, context: AppRequestContext) async throws -> JSONBody<Results> {
        try context.requireViewer().require(Self.resultRoles)
        let surveys = try await repository.pulseSurveys()
        let requested = request.uri.queryParameters["survey"].map(String.init)
        let chosen: PulseSurvey?
        if let requested {
            guard let survey = surveys.first(where: { $0.id == requested }) else {
                throw AppError.notFound("pulse survey \(requested)")
            }
            chosen = survey
        } else {
            chosen = surveys.first
        }
        var answers: [PulseAnswer] = []
        if let chosen { answers = try await repository.pulseAnswers(surveyID: chosen.id) }
        let results = PulseResults(answers: answers)
        return JSONBody(Results(
            survey: chosen?.id, title: chosen?.title,
            simulated: (chosen?.isSimulated ?? false) || results.includesSimulated, results: Published(results)))
    }

    /// Answers through a link; 201 with nothing in it but the fact, 404 when the link is unknown or used.
    @Sendable func answer(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        let input: PulseAnswerInput
        do {
            input = try await request.decode(as: PulseAnswerInput.self, context: context)
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError.badRequest(
                "the body must be JSON: {\"confidence\", \"trust\", \"goal_clarity\", \"training\": 1 to 5, "
                    + "\"comment\"}")
        }
        try await PulseLink(repository: repository).submit(token: token, input: input)
        return Response(status: .created, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: #"{"recorded":true}"#)))
    }
}
