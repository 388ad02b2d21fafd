import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Numbers as C's `printf` writes them (`%.6f`, `%.4g`), without Foundation's `String(format:)`, which
/// builds an `NSString` per call and was a tenth of the non-XGBoost time of scoring a million leads.
///
/// The output is exactly `String(format:)`'s: ``fixed(_:digits:)`` rounds in integers only when the
/// rounding is unambiguous and otherwise asks the C library, as ``general(_:significant:)`` always does.
///
/// ```swift
/// PrintfText.fixed(0.0694671, digits: 6)      // "0.069467"
/// PrintfText.general(4.962, significant: 4)   // "4.962"
/// ```
public enum PrintfText {
    /// `String(format: "%.<digits>f", value)`.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - digits: Digits after the point, 0...9.
    /// - Returns: The text.
    public static func fixed(_ value: Double, digits: Int) -> String {
        precondition((0...9).contains(digits), "digits must be 0...9")
        var power = 1.0
        for _ in 0..<digits { power *= 10 }
        let scaled = abs(value) * power
        let fraction = scaled - scaled.rounded(.down)
        // The product is within half an ulp of the exact one; away from a half by more than that, rounding
        // it to an integer gives the correctly rounded decimal C prints. Near a half, ask C.
        guard scaled < 1e15, abs(fraction - 0.5) > 4 * scaled.ulp else { return printf(value, "%.\(digits)f") }
        let units = Int64(scaled.rounded())
        let divisor = Int64(power)
        let whole = String(units / divisor)
        var text = value.sign == .minus ? "-" + whole : whole  // C keeps the sign of -0.0 and of -0.0000001
        guard digits > 0 else { return text }
        let decimals = String(units % divisor)
        text += "."
        text += String(repeating: "0", count: digits - decimals.utf8.count)
        text += decimals
        return text
    }

    /// `String(format: "%.<significant>g", value)`.
    ///
    /// - Parameters:
    ///   - value: The number.
    ///   - significant: Significant digits, 1...17.
    /// - Returns: The text.
    public static func general(_ value: Double, significant: Int) -> String {
        precondition((1...17).contains(significant), "significant must be 1...17")
        return printf(value, "%.\(significant)g")
    }

    /// One number through the C library's `vsnprintf`.
    private static func printf(_ value: Double, _ format: String) -> String {
        withVaList([value]) { arguments in
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer in
                let base = buffer.baseAddress!
                _ = vsnprintf(base, buffer.count, format, arguments)
                return String(cString: base)
            }
        }
    }
}
