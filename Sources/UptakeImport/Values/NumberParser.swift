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
        if decimalSeparator == ".", let value = Double(text), value.isFinite { return value }
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
