/// External id -> the line it was first seen on, in bounded memory for millions of rows: only a 64-bit
/// FNV-1a hash of each id is kept (12 bytes a row at most half full, about 24 MB for a million ids),
/// in an open-addressing table so that the hash is not hashed again.
///
/// Two different ids with the same 64-bit hash would be reported as duplicates; for n ids that happens
/// with probability about n^2 / 2^65 (3e-8 for a million).
struct IDLineTable {
    private var keys: [UInt64]
    private var lines: [Int32]
    private var count = 0
    private var mask: Int

    /// Makes a table sized for `expected` ids (it grows past that).
    init(expected: Int = 1024) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        lines = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// FNV-1a, 64-bit (Fowler, Noll, Vo; http://www.isthe.com/chongo/tech/comp/fnv/), never 0 (the empty mark).
    static func hash(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash == 0 ? 1 : hash
    }

    /// Records the id's line, or returns the line it was first seen on.
    mutating func insert(_ id: String, line: Int) -> Int? {
        let hash = Self.hash(id)
        // Mix the high bits in: FNV's low bits alone cluster for ids that differ only at the end.
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while keys[slot] != 0 {
            if keys[slot] == hash { return Int(lines[slot]) }
            slot = (slot + 1) & mask
        }
        keys[slot] = hash
        lines[slot] = Int32(clamping: line)
        count += 1
        if count * 2 > keys.count { grow() }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys, oldLines = lines
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        lines = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            lines[slot] = oldLines[index]
        }
    }
}
