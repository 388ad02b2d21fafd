/// One rep's day as the planner sees it: where it starts and ends, the shift, lunch, fixed appointments
/// and limits.
public struct RepDay: Hashable, Sendable, Codable {
    /// The rep.
    public var rep: RepID
    /// Where the day starts.
    public var start: GeoPoint
    /// Where the day ends.
    public var end: GeoPoint
    /// Earliest departure.
    public var shiftStart: TimeOfDay
    /// Latest return.
    public var shiftEnd: TimeOfDay
    /// Optional lunch break.
    public var lunch: LunchBreak?
    /// Appointments already booked: kept at their times.
    public var appointments: [FixedStop]
    /// Limits on what the planner adds.
    public var limits: PlanLimits

    /// Makes a day.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - start: Start place.
    ///   - end: End place.
    ///   - shiftStart: Earliest departure.
    ///   - shiftEnd: Latest return.
    ///   - lunch: Optional break.
    ///   - appointments: Booked appointments.
    ///   - limits: Limits (default 3 stops, 20 extra minutes each).
    public init(
        rep: RepID, start: GeoPoint, end: GeoPoint, shiftStart: TimeOfDay, shiftEnd: TimeOfDay,
        lunch: LunchBreak? = nil, appointments: [FixedStop] = [], limits: PlanLimits = PlanLimits()
    ) {
        self.rep = rep
        self.start = start
        self.end = end
        self.shiftStart = shiftStart
        self.shiftEnd = shiftEnd
        self.lunch = lunch
        self.appointments = appointments
        self.limits = limits
    }

    /// A day for `rep` from its start and end places and shift.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - lunch: Optional break.
    ///   - appointments: Booked appointments.
    ///   - limits: Limits.
    public init(rep: Rep, lunch: LunchBreak? = nil, appointments: [FixedStop] = [], limits: PlanLimits = PlanLimits()) {
        self.init(
            rep: rep.id, start: rep.start, end: rep.end, shiftStart: rep.shiftStart, shiftEnd: rep.shiftEnd,
            lunch: lunch, appointments: appointments, limits: limits)
    }
}
