/// A 64-bit FNV-1a hash of a row's values, stored beside the row so that an upsert can tell an unchanged
/// record from a changed one without reading the row back.
///
/// FNV-1a (Fowler, Noll, Vo; http://www.isthe.com/chongo/tech/comp/fnv/) rather than Swift's `Hasher`,
/// whose seed changes per process: the hash must be the same in every run that compares against it.
struct ContentHasher {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private mutating func byte(_ value: UInt8) {
        state = (state ^ UInt64(value)) &* Self.prime
    }

    private mutating func word(_ value: UInt64) {
        var value = value
        for _ in 0..<8 {
            byte(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }

    /// Mixes in one value, tagged with its type and (for text) its length so that adjacent values can
    /// not run into each other.
    mutating func combine(_ value: SQLValue) {
        switch value {
        case .text(let text):
            byte(1)
            word(UInt64(text.utf8.count))
            for unit in text.utf8 { byte(unit) }
        case .integer(let number):
            byte(2)
            word(UInt64(bitPattern: number))
        case .real(let number):
            byte(3)
            word(number.bitPattern)
        case .null:
            byte(4)
        }
    }

    /// The hash as the signed 64-bit integer both databases store.
    var value: Int64 { Int64(bitPattern: state) }

    /// Hashes a slice of values.
    ///
    /// - Parameter values: One row's values.
    /// - Returns: The hash.
    static func hash(_ values: ArraySlice<SQLValue>) -> Int64 {
        var hasher = ContentHasher()
        for value in values { hasher.combine(value) }
        return hasher.value
    }
}
