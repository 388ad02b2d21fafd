import Foundation

/// A value guarded by a lock, for the little shared state the sources keep (is it closed?).
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Wraps a value.
    init(_ value: Value) { self.value = value }

    /// Reads or changes the value under the lock.
    ///
    /// - Parameter body: Reads or mutates the value.
    /// - Returns: What `body` returned.
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
