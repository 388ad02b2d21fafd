/// How long and with which randomness the planner searches.
///
/// The search stops after `iterations` improvement rounds or when `timeLimit` has passed, whichever comes
/// first. A given seed gives the same plan whenever the iteration count is what stops the search; the
/// time limit is only an upper cap for production use, and a plan cut short by it depends on the speed of
/// the machine. Tests therefore set `timeLimit` to nil; benchmarks set a large `iterations`.
public struct PlannerSearchOptions: Hashable, Sendable {
    /// Improvement rounds (ruin and recreate, then local search) after the first construction.
    public var iterations: Int
    /// Wall-clock cap on the search, or nil for none.
    public var timeLimit: Duration?
    /// Seed of the search's random number generator.
    public var seed: UInt64

    /// Makes options.
    ///
    /// - Parameters:
    ///   - iterations: Improvement rounds (default 2,000, a few tens of milliseconds for a rep-day).
    ///   - timeLimit: Wall-clock cap (default 200 ms per rep-day), or nil.
    ///   - seed: Random seed (default 1).
    public init(iterations: Int = 2_000, timeLimit: Duration? = .milliseconds(200), seed: UInt64 = 1) {
        self.iterations = iterations
        self.timeLimit = timeLimit
        self.seed = seed
    }
}
