import UptakeCore

/// A rep's appointments in a time range with the names of their leads
/// (``DayViewStore/dayAppointments(rep:from:to:)``).
public struct DayAppointments: Hashable, Sendable {
    /// The appointments, by start then id.
    public var appointments: [Appointment]
    /// The name of each stored lead the appointments refer to (a lead that is not stored is absent).
    public var leadNames: [LeadID: String]

    /// Makes the value.
    ///
    /// - Parameters:
    ///   - appointments: The appointments.
    ///   - leadNames: Their leads' names.
    public init(appointments: [Appointment], leadNames: [LeadID: String]) {
        self.appointments = appointments
        self.leadNames = leadNames
    }
}
