import Foundation
import Testing
import UptakeStore
import UptakeTesting
@testable import UptakeServer

/// Failed sign-ins counted per name and per address over a sliding window, in the database (times passed in,
/// no clock), on an SQLite file, SQLite in memory and PostgreSQL 15.
@Suite struct LoginRateLimiterTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test(arguments: TestDatabase.allCases)
    func aNameIsBlockedAfterItsLimitUntilTheWindowPasses(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let limiter = LoginRateLimiter(store: repository, perUser: 3, perAddress: 100, window: 60)
            for second in 0..<3 {
                #expect(try await !limiter.isBlocked(user: "Ada", address: "10.0.0.1", now: start + Double(second)))
                try await limiter.recordFailure(user: "Ada", address: "10.0.0.1", now: start + Double(second))
            }
            // Names ignore case.
            #expect(try await limiter.isBlocked(user: "ada", address: "10.0.0.2", now: start + 10))
            #expect(try await !limiter.isBlocked(user: "bob", address: "10.0.0.1", now: start + 10))
            // The first failure stops counting 60 s after it: two left, under the limit.
            #expect(try await limiter.isBlocked(user: "ada", address: "10.0.0.1", now: start + 59.999))
            #expect(try await !limiter.isBlocked(user: "ada", address: "10.0.0.1", now: start + 60))
            #expect(try await !limiter.isBlocked(user: "ada", address: "10.0.0.1", now: start + 61))
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func anAddressTryingManyNamesIsBlocked(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let limiter = LoginRateLimiter(store: repository, perUser: 100, perAddress: 4, window: 60)
            for index in 0..<4 {
                try await limiter.recordFailure(user: "user\(index)", address: "10.0.0.9", now: start)
            }
            #expect(try await limiter.isBlocked(user: "someone-new", address: "10.0.0.9", now: start + 1))
            #expect(try await !limiter.isBlocked(user: "someone-new", address: "10.0.0.8", now: start + 1))
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func successClearsTheNameButNotTheAddress(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let limiter = LoginRateLimiter(store: repository, perUser: 2, perAddress: 3, window: 60)
            try await limiter.recordFailure(user: "ada", address: "a", now: start)
            try await limiter.recordFailure(user: "ada", address: "a", now: start)
            #expect(try await limiter.isBlocked(user: "ada", address: "a", now: start))
            try await limiter.recordSuccess(user: "ada")
            #expect(try await !limiter.isBlocked(user: "ada", address: "a", now: start))
            try await limiter.recordFailure(user: "bob", address: "a", now: start)
            #expect(try await limiter.isBlocked(user: "ada", address: "a", now: start))  // 3 from address a
        }
    }

    /// Two servers on one database (two repositories, as two processes open it) see each other's failures:
    /// 5 per name and 20 per address in 15 minutes, the configuration's defaults.
    @Test(arguments: [TestDatabase.sqliteFile, .postgres])
    func twoServersOnOneDatabaseShareTheCounts(_ database: TestDatabase) async throws {
        let (url, cleanup) = try await database.makeURL()
        defer { cleanup() }
        let configuration = ServerConfiguration()
        #expect(configuration.loginAttemptsPerUser == 5 && configuration.loginAttemptsPerAddress == 20)
        #expect(configuration.loginWindow == 900)
        try await SQLRepository.withRepository(url) { first async throws in
            try await first.migrate()
            try await SQLRepository.withRepository(url) { second async throws in
                func limiter(_ repository: SQLRepository) -> LoginRateLimiter {
                    LoginRateLimiter(
                        store: repository, perUser: configuration.loginAttemptsPerUser,
                        perAddress: configuration.loginAttemptsPerAddress, window: configuration.loginWindow)
                }
                let a = limiter(first), b = limiter(second)
                // Failures alternate between the servers; the fifth blocks the name on both.
                for attempt in 0..<5 {
                    let server = attempt.isMultiple(of: 2) ? a : b
                    #expect(try await !server.isBlocked(user: "ada", address: "10.0.0.1", now: start + Double(attempt)))
                    try await server.recordFailure(user: "ada", address: "10.0.0.1", now: start + Double(attempt))
                }
                #expect(try await a.isBlocked(user: "ada", address: "10.0.0.2", now: start + 10))
                #expect(try await b.isBlocked(user: "ada", address: "10.0.0.3", now: start + 10))
                // Fifteen more names from the same address on the second server: 20 from it, blocked on the first.
                for index in 0..<15 {
                    try await b.recordFailure(user: "user\(index)", address: "10.0.0.1", now: start + 20)
                }
                #expect(try await a.isBlocked(user: "someone-new", address: "10.0.0.1", now: start + 21))
                #expect(try await !a.isBlocked(user: "someone-new", address: "10.0.0.4", now: start + 21))
                // A success on one server clears the name on the other; 15 minutes on, nothing counts.
                try await a.recordSuccess(user: "ada")
                #expect(try await !b.isBlocked(user: "ada", address: "10.0.0.2", now: start + 30))
                #expect(try await !b.isBlocked(user: "someone-new", address: "10.0.0.1", now: start + 921))
            }
        }
    }
}
