import Foundation

/// A fixed entry in a rep's calendar: a mandatory stop at its time for the day planner.
public struct Appointment: Hashable, Sendable, Codable, Identifiable {
    /// The calendar's id (an iCalendar UID, or the CRM's id).
    public var id: AppointmentID
    /// Whose calendar it is in.
    public var rep: RepID
    /// The lead it is with, when it is a sales meeting.
    public var lead: LeadID?
    public var start: Date
    public var end: Date
    /// Where it takes place; nil for calls and meetings with no place.
    public var location: GeoPoint?
    public var title: String

    /// Makes an appointment.
    ///
    /// - Throws: ``DomainError`` `.inconsistent` when it ends before it starts.
    public init(
        id: AppointmentID, rep: RepID, lead: LeadID? = nil, start: Date, end: Date,
        location: GeoPoint? = nil, title: String
    ) throws {
        guard start <= end else {
            throw DomainError(.inconsistent, "appointment ends before it starts")
        }
        self.id = id
        self.rep = rep
        self.lead = lead
        self.start = start
        self.end = end
        self.location = location
        self.title = title
    }
}
