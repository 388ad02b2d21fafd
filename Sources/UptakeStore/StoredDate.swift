import Foundation

/// Dates are stored as integer milliseconds since 1970-01-01 UTC (`BIGINT`): both SQLite and PostgreSQL
/// compare and sort them exactly, with no time-zone or text-format question.
enum StoredDate {
    /// The stored form of a date, rounded to the millisecond.
    ///
    /// - Parameter date: The date.
    /// - Returns: Milliseconds since 1970.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The date a stored value names.
    ///
    /// - Parameter milliseconds: Milliseconds since 1970.
    /// - Returns: The date.
    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
