import Testing
import UptakeCore

/// Reference outputs from scripts/fixtures/random/make_seeded_generator_fixture.py (randomgen's
/// Xoshiro256, seeded with the same SplitMix64 state); the script's output is seeded-generator.json there.
@Suite("SeededGenerator")
struct SeededGeneratorTests {
    @Test("matches randomgen's xoshiro256** for the same SplitMix64 seeding",
          arguments: [
            (0, 0, [
                11091344671253066420, 13793997310169335082, 1900383378846508768, 7684712102626143532,
                13521403990117723737, 18442103541295991498,
            ]),
            (1, 0, [
                12966619160104079557, 9600361134598540522, 10590380919521690900, 7218738570589545383,
                12860671823995680371, 2648436617965840162,
            ]),
            (1, 7, [
                10061699674684240062, 223810228479550900, 5567734858558120578, 14741045571371727399,
                16680901405399247487, 6553381995989398381,
            ]),
            (UInt64.max, 3, [
                1556570218402858270, 16532831385331257727, 16037392508917784045, 7973520668106517125,
                9414916308238347467, 10036275016632406084,
            ]),
          ] as [(UInt64, UInt64, [UInt64])])
    func referenceOutputs(seed: UInt64, stream: UInt64, expected: [UInt64]) {
        var generator = SeededGenerator(seed: seed, stream: stream)
        #expect(expected.map { _ in generator.next() } == expected)
    }

    @Test("SplitMix64 from seed 0 gives the published first output 0xE220A8397B1DCDAF")
    func splitMix64() {
        var state: UInt64 = 0
        #expect(SeededGenerator.splitMix64(&state) == 0xE220_A839_7B1D_CDAF)
    }

    @Test("nextUnit is in [0, 1) and nextInt(below:) covers its range about evenly")
    func helpers() {
        var generator = SeededGenerator(seed: 11)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 {
            let unit = generator.nextUnit()
            #expect(unit >= 0 && unit < 1)
            counts[generator.nextInt(below: 6)] += 1
        }
        // Each count is Binomial(60000, 1/6): mean 10,000, sd about 91; 5 sd either side.
        #expect(counts.allSatisfy { abs($0 - 10_000) < 460 })
        #expect((0..<1_000).allSatisfy { _ in (3...5).contains(generator.nextInt(in: 3...5)) })
    }

    @Test("nextSmallInt(below:) is the top 32 bits' multiply-shift, one draw per call, about even")
    func smallInts() {
        var generator = SeededGenerator(seed: 5), twin = SeededGenerator(seed: 5)
        var counts = [Int](repeating: 0, count: 4)
        for _ in 0..<40_000 {
            let value = generator.nextSmallInt(below: 4)
            // The planner's formula, from the twin's same draw: (top 32 bits × bound) >> 32.
            #expect(value == Int(((twin.next() >> 32) &* 4) >> 32))
            counts[value] += 1
        }
        // Binomial(40000, 1/4): mean 10,000, sd about 87; 5 sd either side.
        #expect(counts.allSatisfy { abs($0 - 10_000) < 435 })
        #expect(generator.nextSmallInt(below: 1) == 0)
    }

    @Test("Gaussian draws have mean 0 and variance 1")
    func gaussian() {
        var generator = SeededGenerator(seed: 5)
        let draws = (0..<40_000).map { _ in generator.nextGaussian() }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count - 1)
        // Standard errors: mean 0.005, variance about 0.007.
        #expect(abs(mean) < 0.025)
        #expect(abs(variance - 1) < 0.04)
    }

    @Test("weighted index follows the weights; shuffle is a permutation")
    func weightsAndShuffle() {
        var generator = SeededGenerator(seed: 3)
        var counts = [0, 0, 0]
        for _ in 0..<30_000 { counts[generator.nextIndex(weights: [1, 0, 3])] += 1 }
        #expect(counts[1] == 0)
        #expect(abs(Double(counts[0]) / 30_000 - 0.25) < 0.015)
        var values = Array(0..<50)
        generator.shuffle(&values)
        #expect(values != Array(0..<50))
        #expect(values.sorted() == Array(0..<50))
    }
}
