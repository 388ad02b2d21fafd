import Testing
@testable import UptakeCore

@Suite("Seeded SplitMix64 generator")
struct ExperimentRandomTests {
    /// Reference outputs of Vigna's splitmix64.c for seed 1234567.
    @Test func matchesTheReferenceSequence() {
        var generator = ExperimentRandom(seed: 1_234_567)
        #expect(generator.next() == 6_457_827_717_110_365_317)
        #expect(generator.next() == 3_203_168_211_198_807_973)
        #expect(generator.next() == 9_817_491_932_198_370_423)
    }
}
