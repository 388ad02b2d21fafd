import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeStore
@testable import UptakeServer

/// Walks every registered route for every role (and for nobody) and checks the allowed/denied matrix.
///
/// Objects outside a viewer's scope answer 404, exactly as missing ones do. A route added to the router
/// without a row here fails ``everyRouteHasARow()``.
@Suite struct AuthorizationMatrixTests {
    /// What a request should get.
    enum Outcome: Equatable, CustomStringConvertible {
        /// Served (2xx or a redirect a handler chose).
        case allowed
        /// 401 on the API, a redirect to /login on pages.
        case signIn
        /// 403: the role may not use the route.
        case forbidden
        /// 404: the object is outside the viewer's scope.
        case notFound

        var description: String { "\(self == .allowed ? "allowed" : self == .signIn ? "sign in" : self == .forbidden ? "403" : "404")" }
    }

    /// One request and its outcome for each viewer (nil = nobody signed in).
    struct Row: Sendable {
        var method: HTTPRequest.Method
        var route: String
        var uri: String
        var outcomes: [UserRole?: Outcome]
        /// The request body, for POSTs that need one.
        var body: String? = nil
    }

    /// Replaces `{sug:KEY}` in a URI with the harness's suggestion id of that key (a rep id, or `hidden`).
    static func resolve(_ uri: String, _ harness: ServerTestHarness) -> String {
        var uri = uri
        for (key, id) in harness.suggestions { uri = uri.replacingOccurrences(of: "{sug:\(key)}", with: id) }
        return uri
    }

    static let roles: [UserRole?] = [nil] + UserRole.allCases

    /// Everyone signed in gets `outcome`, nobody signed in must sign in.
    static func everyone(_ outcome: Outcome = .allowed) -> [UserRole?: Outcome] {
        var outcomes: [UserRole?: Outcome] = [nil: .signIn]
        for role in UserRole.allCases { outcomes[role] = outcome }
        return outcomes
    }

    /// Only `allowed` roles are served; other signed-in roles get 403.
    static func only(_ allowed: Set<UserRole>) -> [UserRole?: Outcome] {
        var outcomes: [UserRole?: Outcome] = [nil: .signIn]
        for role in UserRole.allCases { outcomes[role] = allowed.contains(role) ? .allowed : .forbidden }
        return outcomes
    }

    /// Served to every role and to nobody.
    static let open: [UserRole?: Outcome] = Dictionary(uniqueKeysWithValues: roles.map { ($0, .allowed) })

    /// Scoped objects: `visible` roles see it, the others get 404.
    static func scoped(visibleTo visible: Set<UserRole>) -> [UserRole?: Outcome] {
        var outcomes: [UserRole?: Outcome] = [nil: .signIn]
        for role in UserRole.allCases { outcomes[role] = visible.contains(role) ? .allowed : .notFound }
        return outcomes
    }

    static let unscoped: Set<UserRole> = [.executive, .analyst, .admin]

    static let rows: [Row] = [
        Row(method: .get, route: "/health", uri: "/health", outcomes: open),
        Row(method: .get, route: "/metrics", uri: "/metrics", outcomes: open),
        Row(method: .get, route: "/login", uri: "/login", outcomes: open),
        // Without the sign-in form's token every sign-in is refused; LoginControllerTests signs in for real.
        Row(method: .post, route: "/login", uri: "/login",
            outcomes: Dictionary(uniqueKeysWithValues: roles.map { ($0, .forbidden) })),
        Row(method: .get, route: "/", uri: "/", outcomes: everyone()),
        Row(method: .post, route: "/logout", uri: "/logout", outcomes: everyone()),
        Row(method: .get, route: "/day", uri: "/day?date=2026-11-20", outcomes: only([.rep])),
        // My day's buttons: a rep on their own shown suggestion; another rep's or a hidden one is 404.
        Row(method: .post, route: "/day/suggestions/{id}/events", uri: "/day/suggestions/{sug:rep-1}/events",
            outcomes: only([.rep]), body: "kind=accepted&date=2026-11-20"),
        Row(method: .post, route: "/day/suggestions/{id}/events", uri: "/day/suggestions/{sug:rep-2}/events",
            outcomes: only([.rep]).merging([.rep: .notFound]) { $1 }, body: "kind=accepted"),
        Row(method: .post, route: "/day/suggestions/{id}/events", uri: "/day/suggestions/{sug:hidden}/events",
            outcomes: only([.rep]).merging([.rep: .notFound]) { $1 }, body: "kind=accepted"),
        Row(method: .get, route: "/team", uri: "/team", outcomes: only([.manager])),
        Row(method: .get, route: "/kpis", uri: "/kpis", outcomes: everyone()),
        Row(method: .get, route: "/analyst", uri: "/analyst", outcomes: only([.analyst])),
        // The harness stores no model: the analyst gets 404 for a version (AnalystControllerTests reads a real one).
        Row(method: .get, route: "/analyst/models/{version}", uri: "/analyst/models/m-0001",
            outcomes: only([.analyst]).merging([.analyst: .notFound]) { $1 }),
        Row(method: .get, route: "/admin", uri: "/admin", outcomes: only([.admin])),
        Row(method: .post, route: "/admin/users", uri: "/admin/users", outcomes: only([.admin])),
        Row(method: .post, route: "/admin/tokens", uri: "/admin/tokens", outcomes: only([.admin])),
        Row(method: .post, route: "/admin/tokens/{id}/revoke", uri: "/admin/tokens/999/revoke",
            outcomes: only([.admin]).merging([.admin: .notFound]) { $1 }),
        Row(method: .get, route: "/leads/{id}", uri: "/leads/lead-1", outcomes: scoped(visibleTo: unscoped.union([.rep, .manager]))),
        Row(method: .get, route: "/leads/{id}", uri: "/leads/lead-2", outcomes: scoped(visibleTo: unscoped.union([.manager]))),
        Row(method: .get, route: "/leads/{id}", uri: "/leads/lead-3", outcomes: scoped(visibleTo: unscoped)),
        Row(method: .get, route: "/leads/{id}", uri: "/leads/lead-0", outcomes: scoped(visibleTo: unscoped)),
        Row(method: .get, route: "/api/v1/openapi.json", uri: "/api/v1/openapi.json", outcomes: open),
        Row(method: .get, route: "/api/v1/me", uri: "/api/v1/me", outcomes: everyone()),
        Row(method: .get, route: "/api/v1/reps", uri: "/api/v1/reps", outcomes: everyone()),
        Row(method: .get, route: "/api/v1/reps/{id}", uri: "/api/v1/reps/rep-1", outcomes: scoped(visibleTo: unscoped.union([.rep, .manager]))),
        Row(method: .get, route: "/api/v1/reps/{id}", uri: "/api/v1/reps/rep-2", outcomes: scoped(visibleTo: unscoped.union([.manager]))),
        Row(method: .get, route: "/api/v1/reps/{id}", uri: "/api/v1/reps/rep-3", outcomes: scoped(visibleTo: unscoped)),
        Row(method: .get, route: "/api/v1/reps/{id}/day", uri: "/api/v1/reps/rep-1/day?date=2026-11-20",
            outcomes: scoped(visibleTo: unscoped.union([.rep, .manager]))),
        Row(method: .get, route: "/api/v1/reps/{id}/day", uri: "/api/v1/reps/rep-2/day", outcomes: scoped(visibleTo: unscoped.union([.manager]))),
        Row(method: .get, route: "/api/v1/reps/{id}/day", uri: "/api/v1/reps/rep-3/day", outcomes: scoped(visibleTo: unscoped)),
        Row(method: .get, route: "/api/v1/leads", uri: "/api/v1/leads", outcomes: everyone()),
        Row(method: .get, route: "/api/v1/leads/{id}", uri: "/api/v1/leads/lead-1", outcomes: scoped(visibleTo: unscoped.union([.rep, .manager]))),
        Row(method: .get, route: "/api/v1/leads/{id}", uri: "/api/v1/leads/lead-2", outcomes: scoped(visibleTo: unscoped.union([.manager]))),
        Row(method: .get, route: "/api/v1/leads/{id}", uri: "/api/v1/leads/lead-3", outcomes: scoped(visibleTo: unscoped)),
        Row(method: .get, route: "/api/v1/teams/{team}", uri: "/api/v1/teams/north", outcomes: scoped(visibleTo: unscoped.union([.manager]))),
        Row(method: .get, route: "/api/v1/teams/{team}", uri: "/api/v1/teams/south", outcomes: scoped(visibleTo: unscoped)),
        Row(method: .get, route: "/api/v1/kpis", uri: "/api/v1/kpis", outcomes: everyone()),
        Row(method: .get, route: "/api/v1/users", uri: "/api/v1/users", outcomes: only([.admin])),
        Row(method: .get, route: "/api/v1/models", uri: "/api/v1/models", outcomes: only([.analyst])),
        Row(method: .get, route: "/api/v1/models/{version}", uri: "/api/v1/models/m-0001",
            outcomes: only([.analyst]).merging([.analyst: .notFound]) { $1 }),
        Row(method: .get, route: "/api/v1/pilots", uri: "/api/v1/pilots", outcomes: only([.analyst])),
        Row(method: .get, route: "/api/v1/plans/today", uri: "/api/v1/plans/today", outcomes: everyone()),
        Row(method: .get, route: "/api/v1/plans/{rep}/{date}", uri: "/api/v1/plans/rep-1/2026-11-20",
            outcomes: scoped(visibleTo: unscoped.union([.rep, .manager]))),
        Row(method: .get, route: "/api/v1/plans/{rep}/{date}", uri: "/api/v1/plans/rep-2/2026-11-20",
            outcomes: scoped(visibleTo: unscoped.union([.manager]))),
        Row(method: .get, route: "/api/v1/plans/{rep}/{date}", uri: "/api/v1/plans/rep-3/2026-11-20",
            outcomes: scoped(visibleTo: unscoped)),
        Row(method: .get, route: "/api/v1/plans/{rep}/{date}", uri: "/api/v1/plans/rep-1/2026-11-22",
            outcomes: scoped(visibleTo: [])),
        Row(method: .post, route: "/api/v1/suggestions/{id}/events", uri: "/api/v1/suggestions/{sug:rep-1}/events",
            outcomes: only([.rep]), body: #"{"kind": "accepted"}"#),
        Row(method: .post, route: "/api/v1/suggestions/{id}/events", uri: "/api/v1/suggestions/{sug:rep-3}/events",
            outcomes: only([.rep]).merging([.rep: .notFound]) { $1 }, body: #"{"kind": "accepted"}"#),
        Row(method: .post, route: "/api/v1/suggestions/{id}/events", uri: "/api/v1/suggestions/{sug:hidden}/events",
            outcomes: only([.rep]).merging([.rep: .notFound]) { $1 }, body: #"{"kind": "accepted"}"#),
        Row(method: .post, route: "/api/v1/suggestions/{id}/events", uri: "/api/v1/suggestions/sug-none/events",
            outcomes: only([.rep]).merging([.rep: .notFound]) { $1 }, body: #"{"kind": "accepted"}"#),
        // The pulse link needs no sign-in: the token is the credential. An unknown (or used) token gets the
        // neutral 404 page, signed in or not; a POST without the form's cookie is refused like sign-in's.
        Row(method: .get, route: "/pulse/{token}", uri: "/pulse/no-such-token",
            outcomes: Dictionary(uniqueKeysWithValues: roles.map { ($0, .notFound) })),
        Row(method: .post, route: "/pulse/{token}", uri: "/pulse/no-such-token",
            outcomes: Dictionary(uniqueKeysWithValues: roles.map { ($0, .forbidden) }),
            body: "confidence=4&trust=4&goal_clarity=4&training=4"),
        // An unknown (or used) token is 404 for everyone, signed in or not.
        Row(method: .post, route: "/api/v1/pulse/{token}", uri: "/api/v1/pulse/no-such-token",
            outcomes: Dictionary(uniqueKeysWithValues: roles.map { ($0, .notFound) }),
            body: #"{"confidence": 4, "trust": 4, "goal_clarity": 4, "training": 4}"#),
        Row(method: .get, route: "/api/v1/pulse/results", uri: "/api/v1/pulse/results",
            outcomes: only([.executive, .analyst, .admin])),
        // Everyone signed in gets the digest of their own audience (DigestControllerTests checks which).
        Row(method: .get, route: "/digest", uri: "/digest?week=2026-W47", outcomes: everyone()),
    ]

    @Test func everyRouteHasARow() async throws {
        try await ServerTestHarness.withHarness { harness in
            let router = try await buildRouter(configuration: ServerTestHarness.configuration, repository: harness.repository)
            let registered = Set(router.routes.map { "\($0.method) \($0.path)" })
            let covered = Set(Self.rows.map { "\($0.method) \($0.route)" })
            #expect(registered == covered, "routes without a row: \(registered.subtracting(covered).sorted()); rows without a route: \(covered.subtracting(registered).sorted())")
        }
    }

    @Test func everyRoleGetsWhatTheMatrixSays() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                for row in Self.rows {
                    for role in Self.roles {
                        let expected = try #require(row.outcomes[role], "\(row.uri) has no outcome for \(String(describing: role))")
                        let uri = Self.resolve(row.uri, harness)
                        try await client.execute(
                            uri: uri, method: row.method, headers: harness.headers(role),
                            body: row.body.map { ByteBuffer(string: $0) }
                        ) { response in
                            let actual = Self.outcome(of: response, api: row.uri.hasPrefix("/api/"))
                            #expect(actual == expected, "\(row.method) \(uri) as \(role?.rawValue ?? "nobody"): \(response.status)")
                            if actual == .notFound, row.uri.hasPrefix("/api/") {
                                // Nothing of the object leaks into a 404.
                                let body = try response.json(AppError.Body.self)
                                #expect(body.code == "not_found")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func aRepAskingForAnotherRepsLeadGets404LikeAMissingOne() async throws {
        try await ServerTestHarness.withHarness { harness in
            try await harness.test { client in
                let other = try await client.execute(uri: "/api/v1/leads/lead-3", method: .get, headers: harness.headers(.rep))
                let missing = try await client.execute(uri: "/api/v1/leads/no-such-lead", method: .get, headers: harness.headers(.rep))
                #expect(other.status == .notFound)
                #expect(missing.status == .notFound)
                #expect(!other.text.contains("Cedar"))
                #expect(try other.json(AppError.Body.self).code == missing.json(AppError.Body.self).code)
            }
        }
    }

    /// Classifies a response.
    static func outcome(of response: TestResponse, api: Bool) -> Outcome {
        switch response.status {
        case .unauthorized: return .signIn
        case .seeOther where response.headers[.location]?.hasPrefix("/login?") == true: return .signIn
        case .forbidden: return .forbidden
        case .notFound: return .notFound
        default: return response.status.code < 500 ? .allowed : .forbidden
        }
    }
}
