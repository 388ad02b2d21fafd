import ArgumentParser
import Foundation

/// A `YYYY-MM-DD` day given on the command line, taken as midnight UTC (the ledger's periods are UTC days).
struct DayArgument: ExpressibleByArgument, Hashable, Sendable, CustomStringConvertible {
    /// Midnight UTC at the start of the day.
    var start: Date
    /// The text given.
    var description: String

    init?(argument: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = argument.split(separator: "-").compactMap { Int($0) }
        guard argument.count == 10, parts.count == 3,
              let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              calendar.component(.day, from: date) == parts[2]
        else { return nil }
        start = date
        description = argument
    }

    /// Midnight UTC at the start of the next day (the exclusive end of a period ending on this day).
    var end: Date { start.addingTimeInterval(86_400) }

    /// The day of an instant, in UTC.
    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
