import Foundation

/// One calendar day in a time zone, as the instants `[start, end)`: what "today" means for a rep.
struct DayRange: Sendable, Equatable {
    /// Midnight at the start of the day.
    var start: Date
    /// Midnight at the start of the next day.
    var end: Date
    /// The day as `YYYY-MM-DD`.
    var label: String
    /// The time zone the day is read in.
    var timeZone: TimeZone

    /// The day a `YYYY-MM-DD` text names in a time zone, or the day containing `now` when the text is nil.
    ///
    /// - Parameters:
    ///   - text: The day, or nil for today.
    ///   - timeZoneIdentifier: The IANA zone (a rep's), UTC when unknown.
    ///   - now: The current time.
    /// - Throws: ``AppError`` `.badRequest` when the text is not a date.
    init(_ text: String?, timeZoneIdentifier: String, now: Date = Date()) throws {
        let zone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0)!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let anchor: Date
        if let text {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            guard text.count == 10, parts.count == 3,
                  let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)),
                  calendar.component(.day, from: date) == parts[2]
            else {
                throw AppError.badRequest("date \"\(text)\" is not a day (YYYY-MM-DD)")
            }
            anchor = date
        } else {
            anchor = now
        }
        start = calendar.startOfDay(for: anchor)
        end = calendar.date(byAdding: .day, value: 1, to: start)!
        let parts = calendar.dateComponents([.year, .month, .day], from: start)
        label = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        timeZone = zone
    }

    /// A time of day in this day's zone, `HH:mm`.
    ///
    /// - Parameter date: The instant.
    /// - Returns: The clock time.
    func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour!, parts.minute!)
    }

    /// The same day `days` later (negative: earlier), for previous/next links.
    ///
    /// - Parameter days: How many days to move.
    /// - Returns: The label of that day.
    func shifted(by days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let moved = calendar.date(byAdding: .day, value: days, to: start.addingTimeInterval(12 * 3600))!
        let parts = calendar.dateComponents([.year, .month, .day], from: moved)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

extension DayRange {
    /// The UTC day of an instant, `YYYY-MM-DD`.
    ///
    /// - Parameter date: The instant.
    /// - Returns: The day.
    static func isoDay(_ date: Date) -> String {
        String(date.ISO8601Format().prefix(10))
    }
}
