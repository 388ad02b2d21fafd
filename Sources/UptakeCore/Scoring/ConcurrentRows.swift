import Foundation

/// Per-row work spread over several threads, for the parts of scoring that run outside XGBoost (which
/// has its own OpenMP threads): summing contributions, ranking reasons, formatting output.
///
/// The rows are cut into one contiguous chunk per thread; each chunk's results come back in row order,
/// so the result is the same as a serial `map` whatever the thread count.
///
/// ```swift
/// let lines = ConcurrentRows.map(count: scores.count, threads: 0) { rows in rows.map { format(scores[$0]) } }
/// ```
public enum ConcurrentRows {
    /// Every chunk has at least this many rows: fewer rows use fewer threads, and below twice this many
    /// the work runs on the calling thread alone.
    public static let minimumRowsPerThread = 512

    /// The number of threads a thread count setting means: 0 (or less) is every active core; a positive
    /// count is taken as it is, as XGBoost's `nthread` takes it.
    ///
    /// - Parameter setting: A thread count (`TrainingConfiguration.threadCount`), 0 for all cores.
    /// - Returns: At least 1.
    public static func threads(for setting: Int) -> Int {
        setting > 0 ? setting : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Runs `body` on contiguous chunks of the rows `0..<count`, one chunk per thread.
    ///
    /// - Parameters:
    ///   - count: The number of rows.
    ///   - threads: The thread count setting (0: all cores; see ``threads(for:)``).
    ///   - body: Works on one range of rows. It runs concurrently on disjoint ranges, so it must only read
    ///     shared state.
    /// - Returns: One result per chunk, in row order (one chunk, `0..<count`, when the rows are few).
    public static func chunks<Result: Sendable>(
        count: Int, threads: Int, _ body: @Sendable (Range<Int>) -> Result
    ) -> [Result] {
        let chunks = min(Self.threads(for: threads), count / minimumRowsPerThread)
        guard chunks > 1 else { return [body(0..<count)] }
        let size = (count + chunks - 1) / chunks
        var parts = [Result?](repeating: nil, count: chunks)
        parts.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = min(chunk * size, count)
                slots.buffer[chunk] = body(lower..<min(lower + size, count))
            }
        }
        return parts.map { $0! }
    }

    /// Maps the rows `0..<count` in contiguous chunks, one per thread, and joins the chunks in order.
    ///
    /// - Parameters:
    ///   - count: The number of rows.
    ///   - threads: The thread count setting (0: all cores; see ``threads(for:)``).
    ///   - transform: Maps a range of rows to one result per row, in order. It runs concurrently on
    ///     disjoint ranges, so it must only read shared state.
    /// - Returns: Every row's result, in row order.
    public static func map<Result: Sendable>(
        count: Int, threads: Int, _ transform: @Sendable (Range<Int>) -> [Result]
    ) -> [Result] {
        let parts = chunks(count: count, threads: threads, transform)
        guard parts.count > 1 else { return parts[0] }
        var joined: [Result] = []
        joined.reserveCapacity(count)
        for part in parts { joined += part }
        return joined
    }

    /// The chunks' result slots: each thread writes only its own chunk's slot, and the buffer outlives
    /// `concurrentPerform`, which returns after every iteration has finished.
    private struct Slots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result?>
    }
}
