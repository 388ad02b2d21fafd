/// A seeded, reproducible random number generator: SplitMix64 (Steele, Lea & Flood 2014).
///
/// Pilots must be re-runnable from their frozen plan: the same seed gives the same assignment,
/// permutations and Monte Carlo draws on every machine. Not for cryptography.
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
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
