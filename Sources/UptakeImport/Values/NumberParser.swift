import Foundation

/// Parses numbers and booleans as CRM exports write them.
///
/// Numbers: plain (`1500000`, `-3.25`, `1e6`) first, which is the fast path; then with a currency
/// symbol or ISO code (`$1,500,000.00`, `USD 1,500,000`, `1.500.000,00 €`), grouping separators
/// removed according to ``decimalSeparator``. Infinities and NaN are refused.
public struct NumberParser: Sendable {
    /// `.` (the default) or `,` (European exports, usually `;`-delimited).
    public let decimalSeparator: Character

    /// Makes a parser.
    ///
    /// - Parameter decimalSeparator: `.` or `,`.
    public init(decimalSeparator: Character = ".") {
        self.decimalSeparator = decimalSeparator
    }

    /// Parses a number.
    ///
    /// - Parameter text: The text, surrounding spaces allowed.
    /// - Returns: A finite number, or nil.
    public func number(_ text: String) -> Double? {
        if decimalSeparator == "." {
            if let value = Self.simpleDecimal(text) { return value }
            if let value = Double(text), value.isFinite { return value }
        }
        var cleaned = text.trimmingCharacters(in: .whitespaces)
        // Currency: a symbol or a three-letter code before or after the amount.
        let symbols: Set<Character> = ["$", "€", "£", "¥"]
        cleaned.removeAll { symbols.contains($0) }
        if cleaned.count > 4, cleaned.prefix(3).allSatisfy({ $0.isUppercase }), cleaned.dropFirst(3).first == " " {
            cleaned.removeFirst(4)
        }
        if cleaned.count > 4, cleaned.suffix(3).allSatisfy({ $0.isUppercase }), cleaned.dropLast(3).last == " " {
            cleaned.removeLast(4)
        }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        let grouping: Set<Character> = decimalSeparator == "." ? [",", " ", "\u{A0}", "'"] : [".", " ", "\u{A0}", "'"]
        guard Self.hasValidGrouping(cleaned, grouping: grouping, decimal: decimalSeparator) else { return nil }
        cleaned.removeAll { grouping.contains($0) }
        if decimalSeparator != "." { cleaned = cleaned.replacingOccurrences(of: String(decimalSeparator), with: ".") }
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// `[-]digits[.digits]` with at most 15 significant digits, the common case, without strtod: the
    /// digits as an integer (exact below 2^53) divided by a power of ten (exact up to 10^22) is the
    /// correctly rounded value, because IEEE 754 division rounds correctly (Clinger's fast path,
    /// "How to read floating point numbers accurately", PLDI 1990). Anything else returns nil.
    static func simpleDecimal(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { bytes -> Double? in
            var index = 0
            let count = bytes.count
            guard count > 0, count <= 17 else { return nil }
            var negative = false
            if bytes[0] == UInt8(ascii: "-") {
                negative = true
                index = 1
            }
            var mantissa: Int64 = 0
            var digits = 0
            var fractionDigits = 0
            var seenPoint = false
            while index < count {
                let byte = bytes[index]
                if byte >= 0x30 && byte <= 0x39 {
                    mantissa = mantissa * 10 + Int64(byte - 0x30)
                    digits += 1
                    if seenPoint { fractionDigits += 1 }
                } else if byte == UInt8(ascii: "."), !seenPoint {
                    seenPoint = true
                } else {
                    return nil
                }
                index += 1
            }
            guard digits > 0, digits <= 15, !(seenPoint && fractionDigits == 0) else { return nil }
            let value = Double(mantissa) / Self.powersOfTen[fractionDigits]
            return negative ? -value : value
        }
    }

    private static let powersOfTen: [Double] = (0...15).map { pow(10, Double($0)) }

    /// Grouping separators must split the integer part into groups of three (`1,500,000`), so that
    /// `1,5` in a `.`-decimal file is refused rather than read as 15.
    private static func hasValidGrouping(_ text: String, grouping: Set<Character>, decimal: Character) -> Bool {
        let integerPart = text.split(separator: decimal, maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = integerPart.split(omittingEmptySubsequences: false) { grouping.contains($0) }
        guard groups.count > 1 else { return true }
        return groups.dropFirst().allSatisfy { $0.count == 3 } && (1...4).contains(groups[0].count)
    }

    /// Parses a boolean: `true`/`false`, `yes`/`no`, `y`/`n`, case-insensitive, and `1`/`0` when
    /// `acceptDigits` (never during attribute inference, where 0/1 columns are numbers).
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - acceptDigits: Whether `1` and `0` count.
    /// - Returns: The boolean, or nil.
    public static func boolean(_ text: String, acceptDigits: Bool = false) -> Bool? {
        // Exact spellings first: lowercasing and trimming allocate, and a million rows notice.
        switch text {
        case "true", "TRUE", "True", "yes", "Yes", "YES": return true
        case "false", "FALSE", "False", "no", "No", "NO": return false
        default: break
        }
        return switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "y": true
        case "false", "no", "n": false
        case "1" where acceptDigits: true
        case "0" where acceptDigits: false
        default: nil
        }
    }
}
