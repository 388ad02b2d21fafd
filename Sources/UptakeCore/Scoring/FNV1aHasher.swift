/// The 64-bit FNV-1a hash (Fowler, Noll, Vo; <http://www.isthe.com/chongo/tech/comp/fnv/>), used to
/// fingerprint training data: not cryptographic, but stable across runs and platforms.
///
/// ```swift
/// var hasher = FNV1aHasher()
/// hasher.combine(bytes: Array("a".utf8))
/// hasher.value // 0xaf63dc4c8601ec8c
/// ```
public struct FNV1aHasher: Hashable, Sendable {
    /// The running hash.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Starts a hash at FNV-1a's offset basis.
    public init() {}

    /// Hashes bytes in.
    ///
    /// - Parameter bytes: The bytes, in order.
    public mutating func combine(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    /// Hashes a 64-bit value in, little-endian.
    ///
    /// - Parameter word: The value.
    public mutating func combine(_ word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            value ^= (word >> shift) & 0xFF
            value &*= 0x0000_0100_0000_01B3
        }
    }

    /// Hashes a string in as its UTF-8 bytes and a terminating zero byte (so "ab","c" differs from "a","bc").
    ///
    /// - Parameter text: The string.
    public mutating func combine(_ text: String) {
        combine(bytes: text.utf8)
        combine(bytes: CollectionOfOne(UInt8(0)))
    }

    /// The hash as 16 lowercase hexadecimal digits.
    public var hexadecimal: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
