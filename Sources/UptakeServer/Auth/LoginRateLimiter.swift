import Foundation
import UptakeStore

/// Counts failed sign-ins per user name and per client address over a sliding window, and refuses further
/// attempts once either count reaches its limit (OWASP Authentication Cheat Sheet: "account lockout"
/// that expires, here per name and per address so that one address cannot try many names).
///
/// The failures live in the database (``UptakeStore/LoginThrottleStore``), so several server processes on
/// one database share the counts; old failures are pruned whenever one is recorded.
struct LoginRateLimiter: Sendable {
    private let store: any LoginThrottleStore
    private let perUser: Int
    private let perAddress: Int
    private let window: TimeInterval

    /// Makes a limiter.
    ///
    /// - Parameters:
    ///   - store: Where failures are counted.
    ///   - perUser: Failures allowed per user name in the window.
    ///   - perAddress: Failures allowed per client address in the window.
    ///   - window: The window, in seconds.
    init(store: any LoginThrottleStore, perUser: Int, perAddress: Int, window: TimeInterval) {
        self.store = store
        self.perUser = perUser
        self.perAddress = perAddress
        self.window = window
    }

    /// Whether a new attempt for this name from this address is refused.
    ///
    /// - Parameters:
    ///   - user: The user name tried.
    ///   - address: The client's address.
    ///   - now: The time.
    /// - Returns: True when the attempt must be refused without checking the password.
    /// - Throws: The database's error.
    func isBlocked(user: String, address: String, now: Date) async throws -> Bool {
        let userKey = Self.userKey(user), addressKey = Self.addressKey(address)
        // A failure counts while it is less than `window` old.
        let counts = try await store.loginFailureCounts(keys: [userKey, addressKey], after: now - window)
        return counts[userKey, default: 0] >= perUser || counts[addressKey, default: 0] >= perAddress
    }

    /// Records a failed attempt, and forgets failures too old to count.
    ///
    /// - Parameters:
    ///   - user: The user name tried.
    ///   - address: The client's address.
    ///   - now: The time.
    /// - Throws: The database's error.
    func recordFailure(user: String, address: String, now: Date) async throws {
        try await store.recordLoginFailure(
            keys: [Self.userKey(user), Self.addressKey(address)], at: now, pruningBefore: now - window)
    }

    /// Forgets a name's failures after it signs in (the address's failures still count).
    ///
    /// - Parameter user: The user name.
    /// - Throws: The database's error.
    func recordSuccess(user: String) async throws {
        try await store.clearLoginFailures(key: Self.userKey(user))
    }

    /// The throttle key of a user name: names ignore case.
    static func userKey(_ user: String) -> String { "user:" + user.lowercased() }

    /// The throttle key of a client address.
    static func addressKey(_ address: String) -> String { "ip:" + address }
}
