import Foundation

extension StoredDate {
    /// The first stored millisecond that is not before a date: `scored_at_ms >= firstMillisecond(notBefore: d)`
    /// holds exactly for the rows whose read-back date satisfies `date >= d`, and `< firstMillisecond(notBefore: d)`
    /// exactly for those with `date < d`.
    ///
    /// ``milliseconds(_:)`` rounds to the nearest millisecond, which can move a bound by one row: a query that
    /// must agree with a `Date` comparison made in Swift (model health's windows) uses this instead.
    ///
    /// - Parameter date: The bound.
    /// - Returns: The smallest `m` with `date(m) >= date`.
    static func firstMillisecond(notBefore date: Date) -> Int64 {
        var candidate = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        // `date(_:)` is monotone, so a step or two settles the floating-point rounding either way.
        while self.date(candidate - 1) >= date { candidate -= 1 }
        while self.date(candidate) < date { candidate += 1 }
        return candidate
    }
}
