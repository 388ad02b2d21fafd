/// CSV fields as RFC 4180 writes them, judged byte by byte.
///
/// Judging by `Character` misses a quote or line break that shares a grapheme cluster with its neighbour:
/// `"\r\n"` is one character that is neither `"\r"` nor `"\n"`, and a `"` followed by a combining mark is
/// not `"`, so such a field went out unquoted or with a lone quote, and the file no longer parsed. The
/// four bytes that matter are ASCII, which never occurs inside a multi-byte UTF-8 sequence.
enum CSVField {
    /// The text as it is when it has no comma, quote, CR or LF; otherwise quoted, quotes doubled.
    ///
    /// - Parameter text: A field's value.
    /// - Returns: The field as written.
    static func field(_ text: String) -> String {
        let special: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r")]
        guard text.utf8.contains(where: special.contains) else { return text }
        return "\"" + doublingQuotes(text) + "\""
    }

    /// The text with every `"` doubled (the inside of a quoted field).
    ///
    /// - Parameter text: Any text.
    /// - Returns: The text with quotes doubled.
    static func doublingQuotes(_ text: String) -> String {
        let quote = UInt8(ascii: "\"")
        guard text.utf8.contains(quote) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
