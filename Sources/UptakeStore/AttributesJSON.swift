import Foundation
import UptakeCore

/// The JSON text a lead's attributes are stored as: one object, keys sorted, each value tagged with its kind:
/// `{"agents":{"number":12.0},"opened":{"date":1700000000000},"segment":{"category":"retail"},"vip":{"boolean":true}}`.
///
/// Keys are sorted so that equal attributes make equal text (and so an equal content hash). Dates are
/// milliseconds since 1970; numbers that JSON cannot hold are the strings `NaN`, `Infinity`, `-Infinity`.
/// Writing is done by hand because it is on the import path (a million leads); reading uses `JSONDecoder`.
enum AttributesJSON {
    /// Encodes attributes.
    ///
    /// - Parameter attributes: The lead's attributes.
    /// - Returns: The JSON text.
    static func encode(_ attributes: [String: AttributeValue]) -> String {
        if attributes.isEmpty { return "{}" }
        var text = "{"
        text.reserveCapacity(24 * attributes.count + 2)
        for (index, key) in attributes.keys.sorted().enumerated() {
            if index > 0 { text += "," }
            appendString(key, to: &text)
            switch attributes[key]! {
            case .number(let number):
                text += ":{\"number\":"
                if number.isFinite {
                    text += number.description
                } else {
                    text += number.isNaN ? "\"NaN\"" : number > 0 ? "\"Infinity\"" : "\"-Infinity\""
                }
            case .category(let category):
                text += ":{\"category\":"
                appendString(category, to: &text)
            case .date(let date):
                text += ":{\"date\":"
                text += String(StoredDate.milliseconds(date))
            case .boolean(let flag):
                text += flag ? ":{\"boolean\":true" : ":{\"boolean\":false"
            }
            text += "}"
        }
        text += "}"
        return text
    }

    /// Decodes attributes.
    ///
    /// - Parameter text: The JSON text.
    /// - Returns: The attributes.
    /// - Throws: ``StoreError`` `.corruptRow` when the text is not in the stored form.
    static func decode(_ text: String) throws -> [String: AttributeValue] {
        if text == "{}" { return [:] }
        do {
            return try JSONDecoder().decode([String: Tagged].self, from: Data(text.utf8)).mapValues(\.value)
        } catch {
            throw StoreError(.corruptRow, "stored lead attributes are not valid: \(error)")
        }
    }

    private static func appendString(_ string: String, to text: inout String) {
        text += "\""
        let needsEscaping = string.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        if !needsEscaping {
            text += string
        } else {
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }

    /// One stored value, decoded by its single tag key.
    private struct Tagged: Decodable {
        let value: AttributeValue

        private enum Key: String, CodingKey { case number, category, date, boolean }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            if container.contains(.number) {
                if let number = try? container.decode(Double.self, forKey: .number) {
                    value = .number(number)
                } else {
                    switch try container.decode(String.self, forKey: .number) {
                    case "NaN": value = .number(.nan)
                    case "Infinity": value = .number(.infinity)
                    case "-Infinity": value = .number(-.infinity)
                    case let other:
                        throw DecodingError.dataCorruptedError(
                            forKey: .number, in: container, debugDescription: "\"\(other)\" is not a number")
                    }
                }
            } else if container.contains(.category) {
                value = .category(try container.decode(String.self, forKey: .category))
            } else if container.contains(.date) {
                value = .date(StoredDate.date(try container.decode(Int64.self, forKey: .date)))
            } else {
                value = .boolean(try container.decode(Bool.self, forKey: .boolean))
            }
        }
    }
}
