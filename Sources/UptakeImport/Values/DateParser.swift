import Foundation

/// Parses dates and date-times as CRM exports write them: ISO 8601 always, plus the formats a mapping
/// names (`MM/dd/yyyy`, `yyyy-MM-dd HH:mm`, `M/d/yyyy h:mm a`).
///
/// A text with no zone (`2024-03-15 14:30`, `03/15/2024`) is wall-clock time in ``timeZone`` (UTC unless
/// a mapping or the caller says otherwise); one with `Z` or an offset (`+02:00`, `-0500`) is exact.
/// Parsing is by hand over the UTF-8 bytes because `DateFormatter` costs microseconds a call, which a
/// million-row import cannot afford.
///
/// Pattern letters (a subset of Unicode TR 35): `yyyy`/`yy` year, `M`/`MM` month (1 or 2 digits either
/// way), `MMM` month abbreviation, `d`/`dd` day, `H`/`HH` hour 0-23, `h`/`hh` hour 1-12 with `a` (AM/PM),
/// `m`/`mm`, `s`/`ss`, `S...` fraction, `XXX`/`Z` zone (`Z`, `+02:00`, `+0200`); other characters and
/// `'quoted text'` match themselves.
public struct DateParser: Sendable {
    private enum Token: Sendable, Equatable {
        case year(digits: Int), month, monthName, day, hour24, hour12, minute, second, fraction, amPm, zone
        case literal(UInt8)
    }

    /// Where zone-less times are placed.
    public let timeZone: TimeZone
    /// The mapping's patterns, tried in order before ISO 8601.
    public let formats: [String]
    private let patterns: [[Token]]
    private let zoneIsUTC: Bool

    /// Makes a parser.
    ///
    /// - Parameters:
    ///   - formats: Patterns tried in order; ISO 8601 is always tried last.
    ///   - timeZone: Where zone-less times are placed.
    public init(formats: [String] = [], timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.formats = formats
        self.timeZone = timeZone
        self.patterns = formats.map(Self.tokens)
        self.zoneIsUTC = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: 0)) == 0
            && ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Z"].contains(timeZone.identifier)
    }

    /// What the parser accepts, for error messages: `M/d/yyyy or ISO 8601 (yyyy-MM-dd[THH:mm[:ss]][Z])`.
    public var expectation: String {
        (formats + ["ISO 8601 (yyyy-MM-dd[THH:mm[:ss]][Z])"]).joined(separator: " or ")
    }

    /// Parses a date or date-time.
    ///
    /// - Parameter text: The text, surrounding spaces allowed.
    /// - Returns: The instant, or nil when no accepted format matches or the date does not exist.
    public func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { raw -> Date? in
            var bytes = raw[...]
            while let first = bytes.first, first == 0x20 { bytes = bytes.dropFirst() }
            while let last = bytes.last, last == 0x20 { bytes = bytes.dropLast() }
            for pattern in patterns {
                if let date = parse(bytes, pattern: pattern) { return date }
            }
            return parseISO(bytes)
        }
    }

    private static func tokens(_ format: String) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(format.utf8)
        var index = 0
        while index < chars.count {
            let char = chars[index]
            var run = 1
            while index + run < chars.count, chars[index + run] == char { run += 1 }
            switch char {
            case UInt8(ascii: "y"): tokens.append(.year(digits: run == 2 ? 2 : 4))
            case UInt8(ascii: "M"): tokens.append(run >= 3 ? .monthName : .month)
            case UInt8(ascii: "d"): tokens.append(.day)
            case UInt8(ascii: "H"): tokens.append(.hour24)
            case UInt8(ascii: "h"): tokens.append(.hour12)
            case UInt8(ascii: "m"): tokens.append(.minute)
            case UInt8(ascii: "s"): tokens.append(.second)
            case UInt8(ascii: "S"): tokens.append(.fraction)
            case UInt8(ascii: "a"): tokens.append(.amPm)
            case UInt8(ascii: "X"), UInt8(ascii: "Z"), UInt8(ascii: "x"): tokens.append(.zone)
            case UInt8(ascii: "'"):
                run = 1
                while index + run < chars.count, chars[index + run] != UInt8(ascii: "'") {
                    tokens.append(.literal(chars[index + run]))
                    run += 1
                }
                run += 1
            default:
                for _ in 0..<run { tokens.append(.literal(char)) }
            }
            index += run
        }
        return tokens
    }

    private struct Fields {
        var year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var pm: Bool?
        var offset: Int?
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                     "nov", "dec"].map { Array($0.utf8) }

    private func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, pattern: [Token]) -> Date? {
        var fields = Fields()
        var cursor = bytes.startIndex
        let end = bytes.endIndex
        func number(maxDigits: Int) -> Int? {
            var value = 0, count = 0
            while cursor < end, count < maxDigits, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 {
                value = value * 10 + Int(bytes[cursor] - 0x30)
                cursor += 1
                count += 1
            }
            return count == 0 ? nil : value
        }
        for token in pattern {
            switch token {
            case .year(let digits):
                guard let year = number(maxDigits: digits) else { return nil }
                fields.year = digits == 2 ? 2000 + year : year
            case .month: guard let value = number(maxDigits: 2) else { return nil }; fields.month = value
            case .day: guard let value = number(maxDigits: 2) else { return nil }; fields.day = value
            case .hour24, .hour12: guard let value = number(maxDigits: 2) else { return nil }; fields.hour = value
            case .minute: guard let value = number(maxDigits: 2) else { return nil }; fields.minute = value
            case .second: guard let value = number(maxDigits: 2) else { return nil }; fields.second = value
            case .fraction:
                let start = cursor
                guard let value = number(maxDigits: 9) else { return nil }
                fields.fraction = Double(value) / pow(10, Double(cursor - start))
            case .monthName:
                guard end - cursor >= 3 else { return nil }
                let name = bytes[cursor..<(cursor + 3)].map { $0 | 0x20 }
                guard let index = Self.monthNames.firstIndex(of: name) else { return nil }
                fields.month = index + 1
                cursor += 3
                while cursor < end, (bytes[cursor] | 0x20) >= 0x61, (bytes[cursor] | 0x20) <= 0x7A { cursor += 1 }
            case .amPm:
                guard end - cursor >= 2 else { return nil }
                let letter = bytes[cursor] | 0x20
                guard letter == 0x61 || letter == 0x70, bytes[cursor + 1] | 0x20 == 0x6D else { return nil }
                fields.pm = letter == 0x70
                cursor += 2
            case .zone:
                guard let offset = Self.zoneOffset(bytes, &cursor) else { return nil }
                fields.offset = offset
            case .literal(let byte):
                // A space in the pattern matches one or more spaces.
                guard cursor < end, bytes[cursor] == byte else { return nil }
                cursor += 1
                if byte == 0x20 {
                    while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
                }
            }
        }
        guard cursor == end else { return nil }
        if let pm = fields.pm {
            guard (1...12).contains(fields.hour) else { return nil }
            fields.hour = fields.hour % 12 + (pm ? 12 : 0)
        }
        return date(from: fields)
    }

    private func parseISO(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Date? {
        var fields = Fields()
        var cursor = bytes.startIndex
        let end = bytes.endIndex
        func digits(_ count: Int) -> Int? {
            guard end - cursor >= count else { return nil }
            var value = 0
            for _ in 0..<count {
                let byte = bytes[cursor]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                cursor += 1
            }
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard cursor < end, bytes[cursor] == byte else { return false }
            cursor += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2)
        else { return nil }
        (fields.year, fields.month, fields.day) = (year, month, day)
        if cursor < end {
            guard bytes[cursor] == UInt8(ascii: "T") || bytes[cursor] == 0x20 else { return nil }
            cursor += 1
            guard let hour = digits(2), expect(0x3A), let minute = digits(2) else { return nil }
            (fields.hour, fields.minute) = (hour, minute)
            if expect(0x3A) {
                guard let second = digits(2) else { return nil }
                fields.second = second
                if expect(0x2E) || expect(0x2C) {
                    let start = cursor
                    var value = 0
                    while cursor < end, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39, cursor - start < 9 {
                        value = value * 10 + Int(bytes[cursor] - 0x30)
                        cursor += 1
                    }
                    guard cursor > start else { return nil }
                    while cursor < end, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 { cursor += 1 }
                    fields.fraction = Double(value) / pow(10, Double(min(cursor - start, 9)))
                }
            }
            if cursor < end {
                guard let offset = Self.zoneOffset(bytes, &cursor), cursor == end else { return nil }
                fields.offset = offset
            }
        }
        return date(from: fields)
    }

    /// `Z`, `+HH:MM`, `+HHMM` or `+HH`, in seconds east of UTC.
    private static func zoneOffset(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ cursor: inout Int) -> Int? {
        let end = bytes.endIndex
        guard cursor < end else { return nil }
        if bytes[cursor] == UInt8(ascii: "Z") {
            cursor += 1
            return 0
        }
        let sign: Int
        switch bytes[cursor] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        cursor += 1
        func twoDigits() -> Int? {
            guard end - cursor >= 2, (0x30...0x39).contains(bytes[cursor]), (0x30...0x39).contains(bytes[cursor + 1])
            else { return nil }
            defer { cursor += 2 }
            return Int(bytes[cursor] - 0x30) * 10 + Int(bytes[cursor + 1] - 0x30)
        }
        guard let hours = twoDigits(), hours <= 18 else { return nil }
        var minutes = 0
        if cursor < end {
            if bytes[cursor] == 0x3A { cursor += 1 }
            guard let value = twoDigits(), value < 60 else { return nil }
            minutes = value
        }
        return sign * (hours * 3600 + minutes * 60)
    }

    private func date(from fields: Fields) -> Date? {
        guard (1...12).contains(fields.month), fields.day >= 1,
            fields.day <= Self.daysInMonth(fields.month, year: fields.year),
            (0...23).contains(fields.hour), (0...59).contains(fields.minute), (0...60).contains(fields.second)
        else { return nil }
        let days = Self.daysFromCivil(year: fields.year, month: fields.month, day: fields.day)
        let local = days * 86_400 + fields.hour * 3600 + fields.minute * 60 + fields.second
        let utc: Int
        if let offset = fields.offset {
            utc = local - offset
        } else if zoneIsUTC {
            utc = local
        } else {
            // Wall-clock time to UTC: guess with the offset at the local reading, then correct once,
            // which settles every time except those skipped or repeated by a daylight-saving change.
            let first = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
            let second = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - first)))
            utc = local - second
        }
        return Date(timeIntervalSince1970: TimeInterval(utc) + fields.fraction)
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date
    /// algorithms", `days_from_civil`).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
