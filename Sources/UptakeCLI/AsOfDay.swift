import ArgumentParser
import Foundation

/// A `YYYY-MM-DD` option read as that day at 00:00 UTC.
enum AsOfDay {
    /// Parses the option's value.
    ///
    /// - Parameters:
    ///   - text: The value, or `nil` for now.
    ///   - option: The option's name, for the message.
    /// - Returns: The day at 00:00 UTC, or now when `text` is `nil`.
    /// - Throws: `ValidationError` naming the option for text that is not a date.
    static func parse(_ text: String?, option: String) throws -> Date {
        guard let text else { return Date() }
        guard let date = try? Date(text + "T00:00:00Z", strategy: Date.ISO8601FormatStyle()) else {
            throw ValidationError("\(option) \(text) is not a YYYY-MM-DD date")
        }
        return date
    }

    /// A date as `YYYY-MM-DD` (UTC).
    ///
    /// - Parameter date: The date.
    /// - Returns: The day.
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    }
}
