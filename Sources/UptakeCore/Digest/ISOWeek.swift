import Foundation

/// An ISO 8601 week, "2026-W47": Monday 00:00 to the next Monday 00:00, in UTC.
///
/// Weeks belong to the year that holds their Thursday (ISO 8601), so 2026-W53 exists and 2027-W01
/// starts on Monday 4 January 2027.
public struct ISOWeek: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    /// The ISO week-numbering year.
    public let year: Int
    /// The week, 1–53.
    public let week: Int

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Parses "YYYY-Www".
    ///
    /// - Parameter text: e.g. "2026-W47".
    /// - Throws: ``DigestError`` `.invalidWeek` when it does not parse or the year has no such week.
    public init(parsing text: String) throws {
        let parts = text.uppercased().split(separator: "-W")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let week = Int(parts[1]),
              parts[1].count == 2
        else { throw DigestError(.invalidWeek, "\"\(text)\" is not an ISO week like 2026-W47") }
        try self.init(year: year, week: week)
    }

    /// Makes a week.
    ///
    /// - Parameters:
    ///   - year: The ISO year.
    ///   - week: The week number.
    /// - Throws: ``DigestError`` `.invalidWeek` when the year has no such week.
    public init(year: Int, week: Int) throws {
        var components = DateComponents()
        components.yearForWeekOfYear = year
        components.weekOfYear = week
        components.weekday = 2  // Monday
        guard (1...53).contains(week), let start = Self.calendar.date(from: components),
              Self.calendar.component(.weekOfYear, from: start) == week,
              Self.calendar.component(.yearForWeekOfYear, from: start) == year
        else { throw DigestError(.invalidWeek, "\(year) has no ISO week \(week)") }
        self.year = year
        self.week = week
    }

    /// The week holding a date.
    ///
    /// - Parameter date: Any instant.
    public init(containing date: Date) {
        let components = Self.calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        year = components.yearForWeekOfYear ?? 1970
        week = components.weekOfYear ?? 1
    }

    /// Monday 00:00 UTC.
    public var start: Date {
        var components = DateComponents()
        components.yearForWeekOfYear = year
        components.weekOfYear = week
        components.weekday = 2
        return Self.calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// The next Monday 00:00 UTC (exclusive end).
    public var end: Date { start.addingTimeInterval(7 * 86_400) }

    /// The week before.
    public var previous: ISOWeek { ISOWeek(containing: start.addingTimeInterval(-86_400)) }

    /// "2026-W47".
    public var description: String { String(format: "%04d-W%02d", year, week) }

    /// Orders weeks in time.
    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }
}
