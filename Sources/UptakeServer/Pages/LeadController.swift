import Foundation
import Hummingbird
import UptakeCore
import UptakeStore

/// `GET /leads/{id}`: one lead's page, for whoever may see its owner (404 otherwise), with its score history
/// and the ledger of its suggestions.
struct LeadController: Sendable {
    let repository: any UptakeRepository
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    /// How many scores and how many ledger events the page and the API show: the most recent.
    static let historyLimit = 50

    /// The page's values.
    struct Content: Sendable {
        var lead: LeadSummary
        var value: String
        var history: History
        /// The history as the page prints it.
        var scoreRows: [ScoreRow]
        var eventRows: [EventRow]
        /// The latest score's reasons in words, with their contributions.
        var reasons: [String]
        /// The latest score, if any.
        var latest: ScoreRow?
        var hasScores: Bool
        var hasEvents: Bool
    }

    /// One score as the page prints it.
    struct ScoreRow: Sendable {
        var time: String
        var modelVersion: String
        var probability: String
        var score: Int
        var tier: String
    }

    /// One ledger event as the page prints it.
    struct EventRow: Sendable {
        var time: String
        var kind: String
        var rep: String
        var suggestion: String
        /// The dismissal reason, the note, the value, and what it corrects, in words.
        var detail: String
        var superseded: Bool
        var supersededBy: String?
    }

    /// A lead's score history and the ledger of its suggestions, newest first: what the page shows and what
    /// `GET /api/v1/leads/{id}` adds to the lead.
    struct History: Codable, Sendable, Equatable {
        /// One stored score.
        struct Score: Codable, Sendable, Equatable {
            var scoredAt: Date
            var modelVersion: String
            /// The calibrated probability; absent for a rules score.
            var probability: Double?
            /// The 1-99 score.
            var score: Int
            var tier: String
        }

        /// One factor of a score.
        struct Reason: Codable, Sendable, Equatable {
            var feature: String
            var value: String
            var contribution: Double
            var text: String

            init(_ reason: ScoreReason) {
                feature = reason.feature
                value = reason.value
                contribution = reason.contribution
                text = reason.text
            }
        }

        /// One ledger event about a suggestion of the lead.
        struct Event: Codable, Sendable, Equatable {
            var id: String
            var suggestion: String
            var rep: String
            var kind: String
            var time: Date
            var reason: String?
            var note: String?
            var value: Double?
            var distanceMetres: Double?
            /// The earlier event this one corrects.
            var supersedes: String?
            /// Whether a later event corrects or withdraws this one (it no longer counts).
            var superseded: Bool
            /// The event that does.
            var supersededBy: String?
        }

        /// The most recent scores, newest first.
        var scores: [Score]
        /// Whether older scores exist beyond those listed.
        var moreScores: Bool
        /// The factors raising the latest score, largest first.
        var positiveReasons: [Reason]
        /// The factors lowering the latest score, largest first.
        var negativeReasons: [Reason]
        /// The most recently recorded ledger events, newest first.
        var events: [Event]
        /// Whether older events exist beyond those listed.
        var moreEvents: Bool

        /// Loads the history of a lead.
        ///
        /// - Parameters:
        ///   - lead: The lead.
        ///   - limit: At most this many scores and this many events.
        ///   - repository: The store.
        /// - Returns: The history.
        /// - Throws: The database's error.
        static func load(lead: LeadID, limit: Int, repository: any UptakeRepository) async throws -> History {
            // One more than shown tells whether there are more.
            let stored = try await repository.scoreHistory(lead: lead, limit: limit + 1)
            let ledger = try await repository.ledgerEvents(lead: lead, limit: limit + 1)
            let shownEvents = Array(ledger.prefix(limit))
            // A correction is recorded after what it corrects, so every correction of a listed event is listed.
            var supersededBy: [String: String] = [:]
            for event in shownEvents { if let target = event.supersedes { supersededBy[target] = event.id } }
            let latest = stored.first
            return History(
                scores: stored.prefix(limit).map {
                    Score(scoredAt: $0.scoredAt, modelVersion: $0.modelVersion, probability: $0.probability,
                          score: $0.score, tier: $0.tier.rawValue)
                },
                moreScores: stored.count > limit,
                positiveReasons: latest?.positiveReasons.map(Reason.init) ?? [],
                negativeReasons: latest?.negativeReasons.map(Reason.init) ?? [],
                events: shownEvents.map { event in
                    Event(id: event.id, suggestion: event.suggestion, rep: event.rep.rawValue,
                          kind: event.kind.rawValue, time: event.time, reason: event.reason, note: event.note,
                          value: event.value, distanceMetres: event.distanceMetres, supersedes: event.supersedes,
                          superseded: supersededBy[event.id] != nil, supersededBy: supersededBy[event.id])
                },
                moreEvents: ledger.count > limit)
        }
    }

    /// A lead and its history, flat: the lead's fields (the `Lead` schema) and the history's side by side.
    struct Detail: Encodable, Sendable {
        var lead: LeadSummary
        var history: History

        func encode(to encoder: any Encoder) throws {
            try lead.encode(to: encoder)
            try history.encode(to: encoder)
        }
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/leads/{id}", use: page)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let lead = try await Self.visibleLead(context, repository: repository)
        let history = try await History.load(lead: lead.id, limit: Self.historyLimit, repository: repository)
        let scoreRows = history.scores.map {
            ScoreRow(time: Self.minute($0.scoredAt), modelVersion: $0.modelVersion,
                     probability: $0.probability.map { String(format: "%.3f", $0) } ?? "–", score: $0.score,
                     tier: $0.tier)
        }
        let content = Content(
            lead: LeadSummary(lead), value: KPIController.money(lead.expectedValue), history: history,
            scoreRows: scoreRows, eventRows: history.events.map(Self.row),
            reasons: (history.positiveReasons + history.negativeReasons).map {
                $0.text + String(format: " (%+.2f)", $0.contribution)
            },
            latest: scoreRows.first, hasScores: !scoreRows.isEmpty, hasEvents: !history.events.isEmpty)
        let chrome = Navigation.chrome(lead.name, viewer: viewer, path: "/leads", vendor: configuration.vendorPath)
        return try renderer.render("lead", Page(chrome: chrome, content: content))
    }

    /// The lead named by the `id` parameter, when the viewer may see its owner; 404 otherwise (also for the
    /// page and the API of a lead the viewer may not see: forbidden looks like missing).
    ///
    /// - Parameters:
    ///   - context: The request's context.
    ///   - repository: The store.
    /// - Returns: The lead.
    /// - Throws: ``AppError`` 404, 401 without a viewer, or the database's error.
    static func visibleLead(_ context: AppRequestContext, repository: any UptakeRepository) async throws -> Lead {
        let scope = try await AccessScope.of(try context.requireViewer(), repository: repository)
        let id = try context.parameters.require("id")
        guard let lead = try await repository.lead(LeadID(id)), scope.contains(lead.owner) else {
            throw AppError.notFound("lead \(id)")
        }
        return lead
    }

    /// An event as a table row.
    private static func row(_ event: History.Event) -> EventRow {
        var parts: [String] = []
        if let reason = event.reason { parts.append("reason \(reason)") }
        if let note = event.note { parts.append("“\(note)”") }
        if let value = event.value { parts.append("value \(KPIController.money(value))") }
        if let distance = event.distanceMetres { parts.append(String(format: "%.0f m from the lead", distance)) }
        if let target = event.supersedes { parts.append("corrects \(target)") }
        return EventRow(
            time: minute(event.time), kind: event.kind, rep: event.rep, suggestion: event.suggestion,
            detail: parts.joined(separator: " · "), superseded: event.superseded, supersededBy: event.supersededBy)
    }

    /// An instant to the minute in UTC, `YYYY-MM-DD HH:mm UTC`.
    static func minute(_ date: Date) -> String {
        date.ISO8601Format().prefix(16).replacingOccurrences(of: "T", with: " ") + " UTC"
    }
}
