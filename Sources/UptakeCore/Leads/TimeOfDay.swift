/// A wall-clock time within a day, to the minute, in the rep's own time zone.
public struct TimeOfDay: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Minutes since midnight, 0...1440 (1440 is the end of the day).
    public let minutes: Int

    /// Makes a time from minutes since midnight.
    ///
    /// - Throws: ``DomainError`` `.outOfRange` outside 0...1440.
    public init(minutes: Int) throws {
        guard (0...1440).contains(minutes) else {
            throw DomainError(.outOfRange, "\(minutes) minutes is outside a day (0...1440)")
        }
        self.minutes = minutes
    }

    /// Makes a time from hours and minutes; `hour` 24 with `minute` 0 is the end of the day.
    public init(hour: Int, minute: Int = 0) throws {
        guard (0...59).contains(minute), (0...24).contains(hour), hour < 24 || minute == 0 else {
            throw DomainError(.outOfRange, "\(hour):\(minute) is not a time of day")
        }
        try self.init(minutes: hour * 60 + minute)
    }

    /// Parses `H:MM` or `HH:MM` (24-hour clock), e.g. `08:30`.
    ///
    /// - Throws: ``DomainError`` `.invalidFormat` for anything else.
    public init(parsing text: String) throws {
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), parts[1].count == 2 else {
            throw DomainError(.invalidFormat, "\"\(text)\" is not a time of day (HH:MM)")
        }
        try self.init(hour: hour, minute: minute)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.minutes < rhs.minutes }

    /// `HH:MM`.
    public var description: String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    public init(from decoder: any Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
