import Foundation
import Testing
import UptakeCore

@Suite("PrintfText: numbers exactly as String(format:) writes them")
struct PrintfTextTests {
    /// Values from every range the scores and reasons show, with halves, negatives and extremes.
    static let values: [Double] = {
        var generator = SeededGenerator(seed: 7)
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, 0.0000005, 0.0000015, 2.5e-7, 0.1234565, 0.9999995, -0.9999995, -0.0000005, -2.5e-7, -0.0000015, 1e-300,
            -1e-9, 123_456.789_012_5, 1e14 + 0.5, 1e15, 1e20, -4.962, 5_228.1, .nan, .infinity, -.infinity,
        ]
        for _ in 0..<20_000 { values.append(Double.random(in: 0...1, using: &generator)) }
        for _ in 0..<5_000 { values.append(Double.random(in: -100_000...100_000, using: &generator)) }
        for _ in 0..<5_000 {
            // Exact halves at the 6th decimal, then one ulp either side.
            let half = (Double(Int.random(in: 0..<2_000_000, using: &generator)) + 0.5) / 1e6
            values += [half, half.nextUp, half.nextDown, -half, -half.nextUp]
        }
        return values
    }()

    @Test("fixed(_:digits:) is %.Nf", arguments: [0, 1, 2, 4, 6, 9])
    func fixedMatchesPrintf(digits: Int) {
        let mismatches = Self.values.filter { PrintfText.fixed($0, digits: digits) != String(format: "%.\(digits)f", $0) }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5))")
    }

    @Test("general(_:significant:) is %.Ng", arguments: [1, 4, 17])
    func generalMatchesPrintf(significant: Int) {
        let mismatches = Self.values.filter {
            PrintfText.general($0, significant: significant) != String(format: "%.\(significant)g", $0)
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5))")
    }

    @Test("examples")
    func examples() {
        #expect(PrintfText.fixed(0.0694671, digits: 6) == "0.069467")
        #expect(PrintfText.fixed(-0.0000001, digits: 6) == "-0.000000")
        #expect(PrintfText.general(4.962, significant: 4) == "4.962")
        #expect(PrintfText.general(-50.8, significant: 4) == "-50.8")
    }
}
