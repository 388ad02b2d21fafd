import Foundation
import Testing
@testable import UptakeCore

@Suite("Brent root finder")
struct RootFinderTests {
    @Test func findsTheCubeRootOfTwo() throws {
        let root = try RootFinder.brent(lower: 0, upper: 2) { $0 * $0 * $0 - 2 }
        #expect(abs(root - pow(2, 1.0 / 3)) < 1e-14)
    }

    @Test func rejectsAnInvalidBracket() {
        #expect(throws: StatisticsError.self) {
            try RootFinder.brent(lower: 2, upper: 3) { $0 * $0 - 1 }
        }
    }
}
