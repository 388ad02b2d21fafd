import Foundation

/// Counts failed sign-ins per user name and per client address over a sliding window, and refuses further
/// attempts once either count reaches its limit (OWASP Authentication Cheat Sheet: "account lockout"
/// that expires, here per name and per address so that one address cannot try many names).
actor LoginRateLimiter {
    private let perUser: Int
    private let perAddress: Int
    private let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    /// Makes a limiter.
    ///
    /// - Parameters:
    ///   - perUser: Failures allowed per user name in the window.
    ///   - perAddress: Failures allowed per client address in the window.
    ///   - window: The window, in seconds.
    init(perUser: Int, perAddress: Int, window: TimeInterval) {
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
    func isBlocked(user: String, address: String, now: Date) -> Bool {
        recent("user:" + user.lowercased(), now: now) >= perUser || recent("ip:" + address, now: now) >= perAddress
    }

    /// Records a failed attempt.
    ///
    /// - Parameters:
    ///   - user: The user name tried.
    ///   - address: The client's address.
    ///   - now: The time.
    func recordFailure(user: String, address: String, now: Date) {
        for key in ["user:" + user.lowercased(), "ip:" + address] {
            failures[key, default: []].append(now)
        }
        if failures.count > 10_000 { failures = failures.filter { !$0.value.allSatisfy { now.timeIntervalSince($0) > window } } }
    }

    /// Forgets a name's failures after it signs in.
    ///
    /// - Parameter user: The user name.
    func recordSuccess(user: String) {
        failures["user:" + user.lowercased()] = nil
    }

    private func recent(_ key: String, now: Date) -> Int {
        let kept = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[key] = kept.isEmpty ? nil : kept
        return kept.count
    }
}
