import Foundation

/// A calendar day (`YYYY-MM-DD`) with no time zone: the day a plan is for, in the rep's own calendar.
///
/// Its text form sorts like the days themselves, so stores keep it as text and compare ranges as text.
///
/// ```swift
/// let day = try CalendarDay(parsing: "2026-11-23")
/// day.weekday       // 1 (Monday)
/// day.adding(days: 5).description  // "2026-11-28"
/// ```
public struct CalendarDay: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// Makes a day from its parts.
    ///
    /// - Parameters:
    ///   - year: 1...9999.
    ///   - month: 1...12.
    ///   - day: A day that exists in that month.
    /// - Throws: `DomainError` `.outOfRange` for a day that does not exist (e.g. 2026-02-30).
    public init(year: Int, month: Int, day: Int) throws {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysInMonth(year: year, month: month)).contains(day)
        else {
            throw DomainError(.outOfRange, "\(year)-\(month)-\(day) is not a calendar day")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// - Parameter text: The day, e.g. `2026-11-23`.
    /// - Throws: `DomainError` `.invalidFormat` for other text, `.outOfRange` for a day that does not exist.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2,
              parts[2].count == 2, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else {
            throw DomainError(.invalidFormat, "\"\(text)\" is not a date (YYYY-MM-DD)")
        }
        try self.init(year: year, month: month, day: day)
    }

    /// The day `date` falls on in `timeZone`.
    ///
    /// - Parameters:
    ///   - date: An instant.
    ///   - timeZone: Whose calendar.
    /// - Returns: The day.
    public static func containing(_ date: Date, in timeZone: TimeZone) -> CalendarDay {
        let parts = gregorian(timeZone).dateComponents([.year, .month, .day], from: date)
        // Foundation's components of a real instant always form a valid day.
        return try! CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// The instant a time of this day is in `timeZone` (the later one when clocks go back).
    ///
    /// - Parameters:
    ///   - minutes: Minutes after midnight (may be fractional; 1,440 is the next midnight).
    ///   - timeZone: Whose calendar.
    /// - Returns: The instant.
    public func instant(atMinutes minutes: Double, in timeZone: TimeZone) -> Date {
        // Wall-clock hour and minute through the calendar, so a daylight-saving change that day is respected.
        let whole = Int(minutes.rounded(.down))
        let parts = DateComponents(year: year, month: month, day: day, hour: whole / 60, minute: whole % 60)
        let wall = Self.gregorian(timeZone).date(from: parts)!
        return wall.addingTimeInterval((minutes - Double(whole)) * 60)
    }

    /// The day `count` days later (earlier when negative).
    ///
    /// - Parameter count: Days to add.
    /// - Returns: The day.
    public func adding(days count: Int) -> CalendarDay {
        let utc = TimeZone(identifier: "UTC")!
        let noon = instant(atMinutes: 720, in: utc)
        return .containing(noon.addingTimeInterval(Double(count) * 86_400), in: utc)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday (the numbering of `OpeningHours`).
    public var weekday: Int {
        let utc = TimeZone(identifier: "UTC")!
        let sundayFirst = Self.gregorian(utc).component(.weekday, from: instant(atMinutes: 720, in: utc))
        return sundayFirst == 1 ? 7 : sundayFirst - 1
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes the text form.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DomainError` for text that is not a day.
    public init(from decoder: any Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the text form.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func gregorian(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
