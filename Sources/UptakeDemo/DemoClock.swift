import Foundation

/// The territory's days in New York local time: two years of history before today, today, and the
/// planned days after it. Times within a day are minutes since local midnight; they are turned into
/// instants from the day's 08:00, which is safe across daylight-saving changes (those happen at 02:00).
struct DemoClock: Sendable {
    /// One calendar day.
    struct Day: Sendable {
        /// Local midnight starting the day.
        var midnight: Date
        /// Local 08:00 of the day.
        var eight: Date
        /// ISO weekday, 1 = Monday ... 7 = Sunday.
        var isoWeekday: Int
        /// Before today (history) rather than today or later (planned).
        var isHistory: Bool

        var isWeekend: Bool { isoWeekday >= 6 }

        /// The instant at `minutes` since local midnight.
        func date(minutes: Int) -> Date { eight.addingTimeInterval(Double(minutes - 480) * 60) }
    }

    /// Local midnight starting today.
    let asOf: Date
    /// Local midnight starting the first day of history.
    let historyStart: Date
    /// Local midnight after the last planned day.
    let calendarEnd: Date
    /// Every day from `historyStart` to `calendarEnd`, in order.
    let days: [Day]
    /// How many of `days` are history (they come first).
    let historyDayCount: Int

    init(today: Date) throws {
        guard let zone = TimeZone(identifier: DemoTerritoryConfiguration.timeZoneIdentifier) else {
            throw DemoDataError(.resourceMissing, "the time zone database has no America/New_York")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let asOf = calendar.startOfDay(for: today)
        guard
            let historyStart = calendar.date(
                byAdding: .year, value: -DemoTerritoryConfiguration.historyYears, to: asOf),
            let calendarEnd = calendar.date(
                byAdding: .day, value: DemoTerritoryConfiguration.planningDays + 1, to: asOf)
        else {
            throw DemoDataError(.invalidConfiguration, "today (\(today)) is outside the calendar's range")
        }
        var days: [Day] = []
        var index = 0
        while let midnight = calendar.date(byAdding: .day, value: index, to: historyStart), midnight < calendarEnd {
            guard let eight = calendar.date(bySettingHour: 8, minute: 0, second: 0, of: midnight) else {
                throw DemoDataError(.invalidConfiguration, "no 08:00 on the day starting \(midnight)")
            }
            // Foundation numbers weekdays from Sunday = 1; ISO from Monday = 1.
            let weekday = calendar.component(.weekday, from: midnight)
            let isoWeekday = (weekday + 5) % 7 + 1
            days.append(Day(midnight: midnight, eight: eight, isoWeekday: isoWeekday, isHistory: midnight < asOf))
            index += 1
        }
        self.asOf = asOf
        self.historyStart = historyStart
        self.calendarEnd = calendarEnd
        self.days = days
        self.historyDayCount = days.filter(\.isHistory).count
    }
}
