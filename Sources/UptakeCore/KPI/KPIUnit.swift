import Foundation

/// How a KPI's value is expressed, and so how it is written.
public enum KPIUnit: String, Hashable, Sendable, Codable {
    /// A whole number of things ("1,234").
    case count
    /// A share in [0, 1], written as a percentage with one decimal ("23.4%").
    case proportion
    /// Dollars, whole ("$12,345"; negative "−$1,200").
    case currency
    /// A unitless index with three decimals ("0.812").
    case index
    /// A signed difference in the pilot metric's units, three decimals ("+0.042").
    case difference
    /// A mean on the pulse's 1–5 scale, two decimals ("3.42").
    case rating
    /// A signed difference on the 1–5 scale, two decimals ("+0.31").
    case ratingDifference

    /// Writes a value in this unit.
    ///
    /// Formatting is done here, by hand, rather than with a locale-dependent formatter, so that a page, the
    /// API's text and a digest show the same characters on every machine.
    ///
    /// - Parameter value: The value, or nil when not measured.
    /// - Returns: The text; "n/a" for nil or a non-finite value.
    public func format(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        switch self {
        case .count: return Self.grouped(value.rounded())
        case .proportion: return String(format: "%.1f%%", value * 100)
        case .currency: return (value < 0 ? "−$" : "$") + Self.grouped(abs(value).rounded())
        case .index: return String(format: "%.3f", value)
        case .difference: return (value >= 0 ? "+" : "−") + String(format: "%.3f", abs(value))
        case .rating: return String(format: "%.2f", value)
        case .ratingDifference: return (value >= 0 ? "+" : "−") + String(format: "%.2f", abs(value))
        }
    }

    /// A whole number with comma thousands separators ("-1,234,567").
    static func grouped(_ value: Double) -> String {
        let digits = String(format: "%.0f", abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
