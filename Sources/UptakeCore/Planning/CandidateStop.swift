/// A lead the planner may add to a rep's day.
public struct CandidateStop: Hashable, Sendable, Codable {
    /// The lead.
    public var id: LeadID
    /// Where the visit happens.
    public var location: GeoPoint
    /// What the visit is worth: calibrated probability × expected deal value, computed by the caller.
    public var value: Double
    /// Length of the visit in minutes.
    public var visitMinutes: Double
    /// When the lead can be visited (opening hours on the day); the whole visit must fit inside one
    /// window. Empty means any time in the shift.
    public var windows: [ClosedRange<TimeOfDay>]

    /// Makes a candidate.
    ///
    /// - Parameters:
    ///   - id: The lead.
    ///   - location: Where.
    ///   - value: Non-negative value of a visit.
    ///   - visitMinutes: Positive visit length.
    ///   - windows: Opening windows on the day, or empty for any time.
    /// - Throws: `PlanningError` `.invalidRequest` for a negative value or a non-positive visit length.
    public init(
        id: LeadID, location: GeoPoint, value: Double, visitMinutes: Double, windows: [ClosedRange<TimeOfDay>] = []
    ) throws {
        guard value.isFinite, value >= 0 else {
            throw PlanningError(.invalidRequest, "lead \(id) has value \(value); it must be a non-negative amount")
        }
        guard visitMinutes.isFinite, visitMinutes > 0 else {
            throw PlanningError(.invalidRequest, "lead \(id) has visit length \(visitMinutes); it must be positive")
        }
        self.id = id
        self.location = location
        self.value = value
        self.visitMinutes = visitMinutes
        self.windows = windows
    }

    /// The windows of `hours` on one weekday, for `windows`.
    ///
    /// - Parameters:
    ///   - hours: A lead's opening hours.
    ///   - weekday: 1 = Monday … 7 = Sunday.
    /// - Returns: That day's opening intervals (empty if closed all day).
    public static func windows(of hours: OpeningHours, weekday: Int) -> [ClosedRange<TimeOfDay>] {
        hours.intervals(onWeekday: weekday).map { $0.open...$0.close }
    }
}
