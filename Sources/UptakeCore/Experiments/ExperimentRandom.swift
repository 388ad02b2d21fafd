/// A seeded, reproducible random number generator: SplitMix64 (Steele, Lea & Flood 2014), the step
/// ``SeededGenerator`` seeds itself with.
///
/// Pilots must be re-runnable from their frozen plan: the same seed gives the same assignment,
/// permutations and Monte Carlo draws on every machine. That is why this stays a stream of its own rather
/// than becoming ``SeededGenerator``'s xoshiro256**: a pilot designed or analysed before must give the same
/// draws from its stored seed. Not for cryptography.
public struct ExperimentRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Makes a generator.
    ///
    /// - Parameter seed: Any 64-bit seed; equal seeds give equal streams.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    ///
    /// - Returns: A uniformly distributed `UInt64`.
    public mutating func next() -> UInt64 {
        SeededGenerator.splitMix64(&state)
    }
}
