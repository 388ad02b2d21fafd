import Foundation

/// Failed sign-ins, counted per throttle key over a window, shared by every server process on the database,
/// refined by ``UptakeRepository``.
///
/// Keys are the caller's (the web app uses `user:<lower-cased name>` and `ip:<address>`). Counting and
/// recording are separate statements, so two processes checking at the same instant may each let one more
/// attempt through: the limit is a brake on guessing, not an exact quota.
///
/// ```swift
/// try await repository.recordLoginFailure(keys: ["user:ada", "ip:10.0.0.1"], at: now, pruningBefore: now - 900)
/// let counts = try await repository.loginFailureCounts(keys: ["user:ada", "ip:10.0.0.1"], after: now - 900)
/// ```
public protocol LoginThrottleStore: Sendable {
    /// Records one failure under each key and deletes every failure recorded at or before `pruningBefore`,
    /// in one transaction.
    ///
    /// - Parameters:
    ///   - keys: The throttle keys.
    ///   - at: When the attempt failed.
    ///   - pruningBefore: Failures this old no longer count and are deleted.
    /// - Throws: The database's error; nothing of this call is stored then.
    func recordLoginFailure(keys: Set<String>, at: Date, pruningBefore: Date) async throws
    /// How many failures each key has after `after` (excluded).
    ///
    /// - Parameters:
    ///   - keys: The throttle keys.
    ///   - after: The window's start, excluded.
    /// - Returns: The count per key; keys without failures are absent.
    /// - Throws: The database's error.
    func loginFailureCounts(keys: Set<String>, after: Date) async throws -> [String: Int]
    /// Forgets a key's failures (a name that signed in).
    ///
    /// - Parameter key: The throttle key.
    /// - Throws: The database's error.
    func clearLoginFailures(key: String) async throws
}
