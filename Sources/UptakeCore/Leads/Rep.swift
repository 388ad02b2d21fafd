/// A field sales rep: where their day starts and ends, and when.
public struct Rep: Hashable, Sendable, Codable, Identifiable {
    /// The CRM's id for the rep.
    public var id: RepID
    /// Display name.
    public var name: String
    /// Email address; also how calendar invitations are matched to the rep.
    public var email: String
    /// The team (a manager's scope).
    public var team: String
    /// Where the working day starts (usually home or the office).
    public var start: GeoPoint
    /// Where the working day ends.
    public var end: GeoPoint
    /// Start of the shift, local time.
    public var shiftStart: TimeOfDay
    /// End of the shift, local time.
    public var shiftEnd: TimeOfDay
    /// IANA time zone identifier, e.g. `America/New_York`.
    public var timeZone: String

    /// Makes a rep.
    ///
    /// - Throws: ``DomainError`` `.inconsistent` when the shift ends before it starts.
    public init(
        id: RepID, name: String, email: String, team: String, start: GeoPoint, end: GeoPoint,
        shiftStart: TimeOfDay, shiftEnd: TimeOfDay, timeZone: String
    ) throws {
        guard shiftStart < shiftEnd else {
            throw DomainError(.inconsistent, "shift ends (\(shiftEnd)) before it starts (\(shiftStart))")
        }
        self.id = id
        self.name = name
        self.email = email
        self.team = team
        self.start = start
        self.end = end
        self.shiftStart = shiftStart
        self.shiftEnd = shiftEnd
        self.timeZone = timeZone
    }
}
