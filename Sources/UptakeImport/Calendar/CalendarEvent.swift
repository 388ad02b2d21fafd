import Foundation

/// One `VEVENT` of an iCalendar file (RFC 5545), as content lines: unfolded, split into name,
/// parameters and raw value, with the line where the event begins.
struct CalendarEvent {
    /// One content line: `NAME;PARAM=VALUE:value`.
    struct Property {
        /// Upper-cased property name (`DTSTART`).
        let name: String
        /// Upper-cased parameter names -> values, quotes removed (`TZID` -> `Eastern Standard Time`).
        let parameters: [String: String]
        /// The raw value, still escaped.
        let value: String
        /// The physical line where the (folded) content line starts.
        let line: Int
    }

    /// The physical line of `BEGIN:VEVENT`.
    let line: Int
    /// The event's own properties (not those of a nested `VALARM`).
    var properties: [Property] = []

    /// The first property with this name.
    func first(_ name: String) -> Property? { properties.first { $0.name == name } }

    /// Every property with this name.
    func all(_ name: String) -> [Property] { properties.filter { $0.name == name } }

    /// Undoes TEXT escaping (RFC 5545 section 3.3.11): `\,` `\;` `\\` and `\n` or `\N`.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Splits an iCalendar text into its events.
    ///
    /// - Parameter text: The whole file.
    /// - Returns: The events in file order.
    static func parse(_ text: String) -> [CalendarEvent] {
        var events: [CalendarEvent] = []
        var current: CalendarEvent?
        var nested = 0
        var logical: (text: String, line: Int)?

        func handle(_ content: String, line: Int) {
            guard let property = property(content, line: line) else { return }
            if property.name == "BEGIN" {
                if property.value.uppercased() == "VEVENT", current == nil {
                    current = CalendarEvent(line: line)
                } else if current != nil {
                    nested += 1
                }
            } else if property.name == "END" {
                if nested > 0 {
                    nested -= 1
                } else if property.value.uppercased() == "VEVENT", let event = current {
                    events.append(event)
                    current = nil
                }
            } else if nested == 0 {
                current?.properties.append(property)
            }
        }

        var lineNumber = 0
        // Lines end in CRLF per the RFC (one Character in Swift); LF or CR alone are accepted too.
        for physical in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if let first = physical.first, first == " " || first == "\t" {
                // A folded line continues the previous one, minus the one whitespace character.
                logical?.text += physical.dropFirst()
                continue
            }
            if let done = logical { handle(done.text, line: done.line) }
            logical = physical.isEmpty ? nil : (String(physical), lineNumber)
        }
        if let done = logical { handle(done.text, line: done.line) }
        return events
    }

    /// Splits `NAME;P1=V1;P2="V:2":value` at the first colon outside quotes.
    private static func property(_ content: String, line: Int) -> Property? {
        var quoted = false
        var head = ""
        var valueStart: String.Index?
        for index in content.indices {
            let character = content[index]
            if character == "\"" { quoted.toggle() }
            if character == ":" && !quoted {
                valueStart = content.index(after: index)
                break
            }
            head.append(character)
        }
        guard let valueStart else { return nil }
        var parts: [String] = []
        var part = ""
        quoted = false
        for character in head {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                parts.append(part)
                part = ""
            } else {
                part.append(character)
            }
        }
        parts.append(part)
        var parameters: [String: String] = [:]
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            parameters[pair[0].uppercased()] = pair[1].trimmingCharacters(in: .init(charactersIn: "\""))
        }
        return Property(name: parts[0].uppercased(), parameters: parameters, value: String(content[valueStart...]),
                        line: line)
    }
}
