import Foundation
import Testing
import UptakeCore

@Suite("ColumnTable and its content hash")
struct ColumnTableTests {
    @Test("FNV-1a 64 matches the published test vectors")
    func fnvVectors() {
        // From the FNV reference test suite (http://www.isthe.com/chongo/src/fnv/test_fnv.c).
        for (text, expected) in [("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c),
                                 ("foobar", 0x8594_4171_f739_67e8)] {
            var hasher = FNV1aHasher()
            hasher.combine(bytes: Array(text.utf8))
            #expect(hasher.value == expected, "\(text)")
        }
    }

    @Test("the hash ignores the order of category levels in memory but not the values")
    func contentHash() throws {
        let a = try ColumnTable(columns: [.init(name: "c", values: .categories(levels: ["x", "y"], codes: [0, 1, -1]))])
        let b = try ColumnTable(columns: [.init(name: "c", values: .categories(levels: ["y", "x"], codes: [1, 0, -1]))])
        let c = try ColumnTable(columns: [.init(name: "c", values: .categories(levels: ["x", "y"], codes: [1, 0, -1]))])
        #expect(a.contentHash(labels: []) == b.contentHash(labels: []))
        #expect(a.contentHash(labels: []) != c.contentHash(labels: []))
    }

    @Test("unequal lengths, duplicate names and bad codes are refused")
    func refusals() {
        #expect(throws: ScoringError.self) {
            try ColumnTable(columns: [.init(name: "a", values: .numbers([1])), .init(name: "b", values: .numbers([1, 2]))])
        }
        #expect(throws: ScoringError.self) {
            try ColumnTable(columns: [.init(name: "a", values: .numbers([1])), .init(name: "a", values: .numbers([1]))])
        }
        #expect(throws: ScoringError.self) {
            try ColumnTable(columns: [.init(name: "a", values: .categories(levels: ["x"], codes: [1]))])
        }
    }
}
