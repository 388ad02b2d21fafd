import Foundation

/// Days as reports print them: `YYYY-MM-DD` in UTC, the ledger's and pilots' calendar.
public enum ReportDay {
    /// A date as `YYYY-MM-DD` (UTC).
    ///
    /// - Parameter date: The date.
    /// - Returns: The day.
    public static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    }
}
