import Foundation

/// Work started on another thread now and waited for later: training fits the logistic base while the
/// first candidate's trees grow (XGBoost leaves most of a core idle on a small training set).
///
/// ```swift
/// let base = BackgroundResult { try LinearBase.fit(values: values, rowCount: n, columnCount: k, labels: labels) }
/// let trees = try fitTrees()          // meanwhile, on this thread
/// let fitted = try base.value()       // waits for the base; rethrows its error
/// ```
public final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    // `result` is written once, by the work, before `finished` is signalled; it is read only after a wait.
    private let finished = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    /// Starts the work on a global dispatch queue.
    ///
    /// - Parameter work: The work; it must not need the calling thread.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.finished.signal()
        }
    }

    /// Waits for the work and gives its value (any number of times, from any thread).
    ///
    /// - Returns: The work's value.
    /// - Throws: The work's error.
    public func value() throws -> Value {
        finished.wait()
        defer { finished.signal() }
        return try result!.get()
    }
}
