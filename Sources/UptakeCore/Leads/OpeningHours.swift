/// When a lead receives visits: per weekday, a list of open intervals in local time.
///
/// The text form is a small subset of OpenStreetMap's `opening_hours`:
/// `Mo-Fr 09:00-17:00; Sa 09:00-12:00`, or `Mo-Fr 08:00-12:00,13:00-17:00`.
public struct OpeningHours: Hashable, Sendable, Codable, CustomStringConvertible {
    /// One open interval on one weekday.
    public struct Interval: Hashable, Sendable, Codable {
        /// ISO weekday, 1 = Monday ... 7 = Sunday.
        public var weekday: Int
        public var open: TimeOfDay
        public var close: TimeOfDay
    }

    /// Every open interval, sorted by weekday and opening time.
    public private(set) var intervals: [Interval]

    private static let dayNames = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

    /// Makes opening hours from intervals.
    ///
    /// - Throws: ``DomainError`` `.inconsistent` when an interval closes before it opens, or a weekday
    ///   is outside 1...7.
    public init(intervals: [Interval]) throws {
        for interval in intervals {
            guard (1...7).contains(interval.weekday) else {
                throw DomainError(.outOfRange, "weekday \(interval.weekday) is outside 1...7")
            }
            guard interval.open < interval.close else {
                throw DomainError(.inconsistent, "opening hours close (\(interval.close)) before they open (\(interval.open))")
            }
        }
        self.intervals = intervals.sorted { ($0.weekday, $0.open.minutes) < ($1.weekday, $1.open.minutes) }
    }

    /// Parses the text form, e.g. `Mo-Fr 09:00-17:00; Sa 09:00-12:00`.
    ///
    /// - Throws: ``DomainError`` `.invalidFormat` naming the part that did not parse.
    public init(parsing text: String) throws {
        var result: [Interval] = []
        for rule in text.split(separator: ";") {
            let rule = rule.trimmingWhitespace()
            if rule.isEmpty { continue }
            let parts = rule.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else {
                throw DomainError(.invalidFormat, "\"\(rule)\" is not \"Mo-Fr 09:00-17:00\"")
            }
            var days: [Int] = []
            for dayPart in parts[0].split(separator: ",") {
                let ends = dayPart.split(separator: "-")
                let indices = ends.compactMap { Self.dayNames.firstIndex(of: String($0)) }
                guard indices.count == ends.count, (1...2).contains(indices.count) else {
                    throw DomainError(.invalidFormat, "\"\(dayPart)\" is not a day or day range (Mo-Fr)")
                }
                if indices.count == 1 {
                    days.append(indices[0] + 1)
                } else {
                    guard indices[0] <= indices[1] else {
                        throw DomainError(.invalidFormat, "day range \"\(dayPart)\" runs backwards")
                    }
                    days.append(contentsOf: (indices[0]...indices[1]).map { $0 + 1 })
                }
            }
            for span in parts[1].split(separator: ",") {
                let times = span.split(separator: "-")
                guard times.count == 2 else {
                    throw DomainError(.invalidFormat, "\"\(span)\" is not a time span (09:00-17:00)")
                }
                let open = try TimeOfDay(parsing: String(times[0]))
                let close = try TimeOfDay(parsing: String(times[1]))
                for day in days { result.append(Interval(weekday: day, open: open, close: close)) }
            }
        }
        guard !result.isEmpty else { throw DomainError(.invalidFormat, "no opening hours in \"\(text)\"") }
        try self.init(intervals: result)
    }

    /// The open intervals on an ISO weekday (1 = Monday).
    public func intervals(onWeekday weekday: Int) -> [Interval] {
        intervals.filter { $0.weekday == weekday }
    }

    /// The canonical text form (one rule per weekday and span list), which ``init(parsing:)`` reads back.
    public var description: String {
        var rules: [String] = []
        for day in 1...7 {
            let spans = intervals(onWeekday: day)
            if spans.isEmpty { continue }
            rules.append(Self.dayNames[day - 1] + " " + spans.map { "\($0.open)-\($0.close)" }.joined(separator: ","))
        }
        return rules.joined(separator: "; ")
    }

    public init(from decoder: any Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
