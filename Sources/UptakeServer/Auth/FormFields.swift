import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (HTML forms): `+` is a space, `%XX` a byte.
///
/// A repeated name keeps its first value.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    /// Parses a body.
    ///
    /// - Parameter body: The body text.
    init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if values[name] == nil { values[name] = value }
        }
    }

    /// The value of a field, or nil.
    subscript(_ name: String) -> String? { values[name] }

    /// A field's value with surrounding spaces trimmed, or nil when absent or blank.
    ///
    /// - Parameter name: The field.
    /// - Returns: The trimmed value.
    func trimmed(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
