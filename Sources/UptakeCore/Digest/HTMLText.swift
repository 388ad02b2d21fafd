/// Text made safe for HTML, judged byte by byte: `&`, `<`, `>`, `"` and `'` become entities wherever they
/// occur.
///
/// Escaping by `Character` (as Mustache's own escaping and `replacingOccurrences` do) misses a `"` followed by
/// a combining mark (`"\u{301}`): the pair is one grapheme cluster that is not `"`, so the quote was written
/// raw and could end an attribute value early. These five are ASCII, and an ASCII byte never occurs inside a
/// multi-byte UTF-8 sequence, so escaping the bytes catches every one of them. The digest, the training
/// report and every web page escape through this.
///
/// ```swift
/// HTMLText.escape("Tom & \"Jerry\"")   // "Tom &amp; &quot;Jerry&quot;"
/// ```
public enum HTMLText {
    /// Text with the five HTML-significant characters as entities.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The text, safe in element content and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { entity(for: $0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let entity = entity(for: byte) { bytes += entity.utf8 } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func entity(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
