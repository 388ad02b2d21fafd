/// A small, fast, seeded random number generator: xoshiro256** seeded through SplitMix64.
///
/// The same seed (and stream) always gives the same sequence on every platform and Swift version,
/// which Foundation's and the standard library's generators do not promise. The helpers below
/// (`nextUnit()`, `nextInt(below:)`, `nextGaussian()`) are written here rather than taken from the
/// standard library's `random(in:using:)`, whose algorithm may change between releases.
///
/// Algorithms: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47(4), 2021 (xoshiro256**, reference code at https://prng.di.unimi.it/xoshiro256starstar.c);
/// SplitMix64 from G. Steele, D. Lea, C. Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014 (as in https://prng.di.unimi.it/splitmix64.c).
///
/// ```swift
/// var random = SeededGenerator(seed: 42)
/// let coin = random.nextUnit() < 0.5
/// let die = random.nextInt(below: 6) + 1
/// ```
public struct SeededGenerator: RandomNumberGenerator, Hashable, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Makes a generator from a seed and an optional stream number.
    ///
    /// Different streams of one seed are independent sequences, so separate parts of a computation can
    /// each draw from their own stream and stay reproducible when another part changes.
    ///
    /// - Parameters:
    ///   - seed: Any 64-bit value; 0 is fine (SplitMix64 expands it).
    ///   - stream: Which of the seed's independent sequences to produce.
    public init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        s0 = Self.splitMix64(&mixer)
        s1 = Self.splitMix64(&mixer)
        s2 = Self.splitMix64(&mixer)
        s3 = Self.splitMix64(&mixer)
    }

    /// One SplitMix64 step: advances `state` and returns the next output.
    ///
    /// - Parameter state: The SplitMix64 state, advanced by the golden-ratio increment.
    /// - Returns: A well-mixed 64-bit value.
    public static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits (xoshiro256**).
    ///
    /// - Returns: A uniformly distributed 64-bit value.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    ///
    /// - Returns: A value `u` with `0 <= u < 1`.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in `range`.
    ///
    /// - Parameter range: The half-open interval to draw from.
    /// - Returns: A value in `range` (its lower bound when the range is empty).
    public mutating func nextDouble(in range: Range<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * nextUnit()
    }

    /// A uniform integer in `0..<bound`, without modulo bias (Lemire's multiply-and-reject method,
    /// D. Lemire, "Fast random integer generation in an interval", ACM TOMACS 29(1), 2019).
    ///
    /// - Parameter bound: The exclusive upper bound; must be positive.
    /// - Returns: A value in `0..<bound`.
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A near-uniform integer in `0..<bound` from the top 32 bits, by multiply-shift without rejection
    /// (Lemire 2019, as above, without the rejection step): the bias is below `bound / 2³²`, negligible for
    /// the small bounds of a search's hot loop (the planner's moves), and every call consumes one draw.
    ///
    /// - Parameter bound: The exclusive upper bound, in `1...UInt32.max`.
    /// - Returns: A value in `0..<bound`.
    public mutating func nextSmallInt(below bound: Int) -> Int {
        precondition(bound > 0 && bound <= Int(UInt32.max), "bound must be in 1...UInt32.max")
        return Int((UInt64(truncatingIfNeeded: next() >> 32) &* UInt64(bound)) >> 32)
    }

    /// A uniform integer in `range`.
    ///
    /// - Parameter range: The closed interval to draw from.
    /// - Returns: A value in `range`.
    public mutating func nextInt(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + nextInt(below: range.upperBound - range.lowerBound + 1)
    }

    /// A standard normal draw (Box–Muller transform; G. Box and M. Muller, Ann. Math. Statist. 29, 1958).
    ///
    /// - Returns: A draw from N(0, 1).
    public mutating func nextGaussian() -> Double {
        let u1 = 1 - nextUnit()  // in (0, 1], so the logarithm is finite
        let u2 = nextUnit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// An index drawn with probability proportional to `weights` (a linear scan; for repeated draws
    /// over the same weights, search cumulative sums instead).
    ///
    /// - Parameter weights: Non-negative weights, at least one positive.
    /// - Returns: The chosen index.
    public mutating func nextIndex(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        precondition(total > 0, "at least one weight must be positive")
        var target = nextUnit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.lastIndex { $0 > 0 } ?? 0
    }

    /// Shuffles `array` in place (Fisher–Yates, drawing with ``nextInt(below:)``).
    ///
    /// - Parameter array: The elements to reorder.
    public mutating func shuffle<Element>(_ array: inout [Element]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, nextInt(below: i + 1))
        }
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
