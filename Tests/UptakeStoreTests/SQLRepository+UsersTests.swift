import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting

/// Accounts, sessions and API tokens (migration 5) on an SQLite file, SQLite in memory and PostgreSQL.
@Suite("UserStore contract")
struct SQLRepositoryUsersTests {
    private let epoch = StoreFixtures.epoch

    @Test(arguments: TestDatabase.allCases)
    func accountsRoundTripAndNamesAreUnique(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            let rep = try await repository.addUser(
                NewUserAccount(name: "ada", role: .rep, rep: "rep-1", passwordHash: "$2b$hash", createdAt: epoch))
            let manager = try await repository.addUser(
                NewUserAccount(name: "grace", role: .manager, team: "north", createdAt: epoch))
            #expect(rep.id != manager.id)
            #expect(try await repository.user(named: "ada") == rep)
            #expect(try await repository.user(id: manager.id)?.team == "north")
            #expect(try await repository.users().map(\.name) == ["ada", "grace"])
            #expect(try await repository.passwordHash(userID: rep.id) == "$2b$hash")
            #expect(try await repository.passwordHash(userID: manager.id) == nil)
            await #expect(throws: AccountError.self) {
                try await repository.addUser(NewUserAccount(name: "ada", role: .admin))
            }
            #expect(try await repository.users().count == 2)
        }
    }

    @Test func newAccountsAreChecked() {
        #expect(throws: AccountError.self) { try NewUserAccount(name: "ada", role: .rep) }
        #expect(throws: AccountError.self) { try NewUserAccount(name: "ada", role: .manager) }
        #expect(throws: AccountError.self) { try NewUserAccount(name: "ada", role: .admin, team: "north") }
        #expect(throws: AccountError.self) { try NewUserAccount(name: "a b", role: .admin) }
        #expect(throws: AccountError.self) { try NewUserAccount(name: "", role: .admin) }
        #expect((try? NewUserAccount(name: "ada.l@example.com", role: .analyst)) != nil)
    }

    @Test(arguments: TestDatabase.allCases)
    func sessionsExpireAndEndWithAPasswordChange(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            let user = try await repository.addUser(NewUserAccount(name: "ada", role: .executive, createdAt: epoch))
            let live = WebSession(tokenHash: "h1", userID: user.id, csrfToken: "c1", createdAt: epoch,
                                  expiresAt: epoch.addingTimeInterval(3600))
            let old = WebSession(tokenHash: "h0", userID: user.id, csrfToken: "c0",
                                 createdAt: epoch.addingTimeInterval(-7200), expiresAt: epoch.addingTimeInterval(-1))
            try await repository.addSession(live)
            try await repository.addSession(old)
            let found = try await repository.session(tokenHash: "h1", at: epoch)
            #expect(found?.session == live)
            #expect(found?.user == user)
            #expect(try await repository.session(tokenHash: "h0", at: epoch) == nil)
            #expect(try await repository.session(tokenHash: "h1", at: epoch.addingTimeInterval(3600)) == nil)
            #expect(try await repository.removeExpiredSessions(at: epoch) == 1)

            try await repository.setPasswordHash("$2b$new", userID: user.id)
            #expect(try await repository.passwordHash(userID: user.id) == "$2b$new")
            #expect(try await repository.session(tokenHash: "h1", at: epoch) == nil)

            try await repository.addSession(live)
            try await repository.removeSession(tokenHash: "h1")
            #expect(try await repository.session(tokenHash: "h1", at: epoch) == nil)
            await #expect(throws: AccountError.self) { try await repository.setPasswordHash("x", userID: 999) }
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func apiTokensAreRevocableByTheirOwnerOnly(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            let ada = try await repository.addUser(NewUserAccount(name: "ada", role: .analyst, createdAt: epoch))
            let bob = try await repository.addUser(NewUserAccount(name: "bob", role: .admin, createdAt: epoch))
            let first = try await repository.addAPIToken(tokenHash: "t1", userID: ada.id, label: "ci", createdAt: epoch)
            let second = try await repository.addAPIToken(
                tokenHash: "t2", userID: ada.id, label: "laptop", createdAt: epoch.addingTimeInterval(60))
            #expect(try await repository.user(apiTokenHash: "t1") == ada)
            #expect(try await repository.user(apiTokenHash: "nope") == nil)
            #expect(try await repository.apiTokens(userID: ada.id).map(\.id) == [second.id, first.id])
            #expect(try await repository.apiTokens(userID: bob.id).isEmpty)

            await #expect(throws: AccountError.self) {
                try await repository.revokeAPIToken(id: first.id, userID: bob.id, at: epoch)
            }
            #expect(try await repository.user(apiTokenHash: "t1") == ada)
            try await repository.revokeAPIToken(id: first.id, userID: ada.id, at: epoch.addingTimeInterval(120))
            try await repository.revokeAPIToken(id: first.id, userID: ada.id, at: epoch.addingTimeInterval(999))
            #expect(try await repository.user(apiTokenHash: "t1") == nil)
            #expect(try await repository.user(apiTokenHash: "t2") == ada)
            let revoked = try await repository.apiTokens(userID: nil).first { $0.id == first.id }
            #expect(revoked?.revokedAt == epoch.addingTimeInterval(120))
            await #expect(throws: AccountError.self) {
                try await repository.addAPIToken(tokenHash: "t3", userID: 999, label: "x", createdAt: epoch)
            }
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func leadPagesAreScopedToOwners(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            _ = try await repository.upsert(leads: [
                StoreFixtures.lead("lead-1", owner: "rep-1"), StoreFixtures.lead("lead-2", owner: "rep-2"),
                StoreFixtures.lead("lead-3", owner: "rep-1"), StoreFixtures.lead("lead-4", owner: "rep-3"),
                StoreFixtures.lead("lead-5", owner: nil),
            ])
            let firstPage = try await repository.leads(owners: ["rep-1", "rep-2"], after: nil, limit: 2)
            #expect(firstPage.map(\.id) == ["lead-1", "lead-2"])
            let secondPage = try await repository.leads(owners: ["rep-1", "rep-2"], after: "lead-2", limit: 2)
            #expect(secondPage.map(\.id) == ["lead-3"])
            #expect(try await repository.leads(owners: [], after: nil, limit: 10).isEmpty)
            #expect(try await repository.leadCounts(owners: nil) == ["rep-1": 2, "rep-2": 1, "rep-3": 1])
            #expect(try await repository.leadCounts(owners: ["rep-3"]) == ["rep-3": 1])
            #expect(try await repository.leads(ids: ["lead-4", "lead-1", "missing"]).map(\.id) == ["lead-1", "lead-4"])
            #expect(try await repository.leads(ids: []).isEmpty)
        }
    }
}
