/// A break of a given length taken somewhere inside a window (wherever the rep is at the time).
public struct LunchBreak: Hashable, Sendable, Codable {
    /// Earliest start of the break.
    public var earliest: TimeOfDay
    /// Latest end of the break.
    public var latest: TimeOfDay
    /// Length of the break.
    public var minutes: Int

    /// Makes a break.
    ///
    /// - Parameters:
    ///   - earliest: Earliest start.
    ///   - latest: Latest end.
    ///   - minutes: Length; must fit between `earliest` and `latest`.
    /// - Throws: `PlanningError` `.invalidRequest` if it does not fit in its window.
    public init(earliest: TimeOfDay, latest: TimeOfDay, minutes: Int) throws {
        guard minutes >= 0, earliest.minutes + minutes <= latest.minutes else {
            throw PlanningError(.invalidRequest, "a \(minutes)-minute break does not fit in \(earliest)-\(latest)")
        }
        self.earliest = earliest
        self.latest = latest
        self.minutes = minutes
    }
}
