import Foundation
import Hummingbird
import Logging
import HummingbirdTesting
import UptakeCore
import UptakeStore
import UptakeTesting
@testable import UptakeServer

/// A small territory with one account per role, an API token for each, and the app built over it.
///
/// Reps `rep-1` and `rep-2` are in team `north`, `rep-3` in `south`; leads `lead-1..3` belong to them in order
/// and `lead-0` has no owner. The `rep` account is `rep-1`; the `manager` account manages `north`. Every rep has
/// a stored plan for 2026-11-20 with one suggestion (``seedPlans(_:)``).
struct ServerTestHarness {
    /// The password of every account.
    static let password = "correct-horse"
    /// A configuration that hashes fast (bcrypt cost 4) and listens nowhere (router tests).
    static let configuration = ServerConfiguration(port: 0, bcryptCost: 4)

    let repository: SQLRepository
    /// The bearer token of each role's account.
    let tokens: [UserRole: String]
    /// The accounts, by role.
    let accounts: [UserRole: UserAccount]
    /// The stored suggestions (``seedPlans(_:)``): by rep id for ``plannedDay``, and `hidden`.
    let suggestions: [String: String]

    /// Seeds a repository and runs `body` with the harness.
    static func withHarness<T: Sendable>(
        _ database: TestDatabase = .sqliteMemory, configuration: ServerConfiguration = configuration,
        _ body: (ServerTestHarness) async throws -> T
    ) async throws -> T {
        try await database.withRepository { repository in
            let day = try DayRange("2026-11-20", timeZoneIdentifier: "America/New_York")
            _ = try await repository.upsert(reps: [
                StoreFixtures.rep("rep-1", name: "Ada North", team: "north"),
                StoreFixtures.rep("rep-2", name: "Bob North", team: "north"),
                StoreFixtures.rep("rep-3", name: "Cy South", team: "south"),
            ])
            _ = try await repository.upsert(leads: [
                StoreFixtures.lead("lead-0", name: "Nobody's", owner: nil),
                StoreFixtures.lead("lead-1", name: "Acme", owner: "rep-1"),
                StoreFixtures.lead("lead-2", name: "Birch", owner: "rep-2"),
                StoreFixtures.lead("lead-3", name: "Cedar", owner: "rep-3"),
            ])
            _ = try await repository.upsert(appointments: [
                StoreFixtures.appointment("appt-2", rep: "rep-1", start: day.start.addingTimeInterval(13 * 3600), lead: "lead-1"),
                StoreFixtures.appointment("appt-1", rep: "rep-1", start: day.start.addingTimeInterval(9 * 3600)),
                StoreFixtures.appointment("appt-3", rep: "rep-3", start: day.start.addingTimeInterval(10 * 3600)),
            ])
            let service = AccountService(repository: repository, bcryptCost: 4)
            var tokens: [UserRole: String] = [:], accounts: [UserRole: UserAccount] = [:]
            for role in UserRole.allCases {
                accounts[role] = try await service.addUser(
                    name: role.rawValue, role: role, rep: role == .rep ? "rep-1" : nil,
                    team: role == .manager ? "north" : nil, password: password)
                tokens[role] = try await service.issueToken(name: role.rawValue, label: "test").secret
            }
            let suggestions = try await seedPlans(repository)
            return try await body(ServerTestHarness(
                repository: repository, tokens: tokens, accounts: accounts, suggestions: suggestions))
        }
    }

    /// Builds the app and runs `body` with an in-process client.
    func test<T: Sendable>(
        configuration: ServerConfiguration = Self.configuration,
        _ body: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "uptake.server.test")
        logger.logLevel = .warning  // request logs would drown the test output
        let app = try await buildApplication(configuration: configuration, repository: repository, logger: logger)
        return try await app.test(.router, body)
    }

    /// The `Authorization` header of a role, or none for nil.
    func headers(_ role: UserRole?) -> HTTPFields {
        guard let role, let token = tokens[role] else { return [:] }
        return [.authorization: "Bearer \(token)"]
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body decoded as JSON.
    func json<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(buffer: body))
    }
}
