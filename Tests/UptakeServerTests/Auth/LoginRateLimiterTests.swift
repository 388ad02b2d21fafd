import Foundation
import Testing
@testable import UptakeServer

/// Failed sign-ins counted per name and per address over a sliding window (times passed in, no clock).
@Suite struct LoginRateLimiterTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func aNameIsBlockedAfterItsLimitUntilTheWindowPasses() async {
        let limiter = LoginRateLimiter(perUser: 3, perAddress: 100, window: 60)
        for second in 0..<3 {
            #expect(await !limiter.isBlocked(user: "Ada", address: "10.0.0.1", now: start + Double(second)))
            await limiter.recordFailure(user: "Ada", address: "10.0.0.1", now: start + Double(second))
        }
        #expect(await limiter.isBlocked(user: "ada", address: "10.0.0.2", now: start + 10))  // names ignore case
        #expect(await !limiter.isBlocked(user: "bob", address: "10.0.0.1", now: start + 10))
        #expect(await !limiter.isBlocked(user: "ada", address: "10.0.0.1", now: start + 61))
    }

    @Test func anAddressTryingManyNamesIsBlocked() async {
        let limiter = LoginRateLimiter(perUser: 100, perAddress: 4, window: 60)
        for index in 0..<4 {
            await limiter.recordFailure(user: "user\(index)", address: "10.0.0.9", now: start)
        }
        #expect(await limiter.isBlocked(user: "someone-new", address: "10.0.0.9", now: start + 1))
        #expect(await !limiter.isBlocked(user: "someone-new", address: "10.0.0.8", now: start + 1))
    }

    @Test func successClearsTheNamesFailures() async {
        let limiter = LoginRateLimiter(perUser: 2, perAddress: 100, window: 60)
        await limiter.recordFailure(user: "ada", address: "a", now: start)
        await limiter.recordFailure(user: "ada", address: "a", now: start)
        #expect(await limiter.isBlocked(user: "ada", address: "a", now: start))
        await limiter.recordSuccess(user: "ada")
        #expect(await !limiter.isBlocked(user: "ada", address: "a", now: start))
    }
}
