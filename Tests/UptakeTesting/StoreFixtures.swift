import Foundation
import UptakeCore

/// Small valid domain values for store, import, CLI and server tests, so each test states only what it varies.
public enum StoreFixtures {
    /// 2023-11-14 22:13:20 UTC: a whole second, so stored dates compare equal.
    public static let epoch = Date(timeIntervalSince1970: 1_700_000_000)

    /// A rep in Columbus, Ohio working 08:00-17:00 New York time.
    ///
    /// - Parameters:
    ///   - id: The rep's id.
    ///   - name: Display name.
    ///   - team: The team.
    /// - Returns: The rep.
    public static func rep(_ id: String, name: String = "Ada Lovelace", team: String = "north") -> Rep {
        try! Rep(
            id: RepID(id), name: name, email: "\(id)@example.com", team: team,
            start: GeoPoint(uncheckedLatitude: 39.9612, longitude: -82.9988),
            end: GeoPoint(uncheckedLatitude: 39.9612, longitude: -82.9988),
            shiftStart: TimeOfDay(hour: 8), shiftEnd: TimeOfDay(hour: 17), timeZone: "America/New_York")
    }

    /// A lead with one attribute of each kind.
    ///
    /// - Parameters:
    ///   - id: The lead's id.
    ///   - name: Display name.
    ///   - owner: The owning rep, or nil.
    ///   - tier: The tier.
    ///   - createdAt: When it entered the CRM.
    ///   - openingHours: Opening hours, or nil for any time.
    ///   - attributes: Attributes; by default one number, category, date and boolean.
    /// - Returns: The lead.
    public static func lead(
        _ id: String, name: String = "Acme Insurance", owner: RepID? = "rep-1", tier: LeadTier = .bronze,
        createdAt: Date = epoch, openingHours: OpeningHours? = try! OpeningHours(parsing: "Mo-Fr 09:00-17:00"),
        attributes: [String: AttributeValue] = [
            "agents": .number(12), "segment": .category("retail"),
            "opened": .date(Date(timeIntervalSince1970: 1_600_000_000)), "independent": .boolean(true),
        ]
    ) -> Lead {
        try! Lead(
            id: LeadID(id), name: name, location: GeoPoint(uncheckedLatitude: 40.0, longitude: -83.0),
            tier: tier, expectedValue: 1_250.5, createdAt: createdAt, owner: owner, openingHours: openingHours,
            attributes: attributes)
    }

    /// An appointment of one hour.
    ///
    /// - Parameters:
    ///   - id: The appointment's id.
    ///   - rep: Whose calendar.
    ///   - start: When it starts.
    ///   - minutes: How long it lasts.
    ///   - lead: The lead it is with, or nil.
    /// - Returns: The appointment.
    public static func appointment(
        _ id: String, rep: RepID = "rep-1", start: Date = epoch, minutes: Double = 60, lead: LeadID? = nil
    ) -> Appointment {
        try! Appointment(
            id: AppointmentID(id), rep: rep, lead: lead, start: start, end: start.addingTimeInterval(minutes * 60),
            location: GeoPoint(uncheckedLatitude: 40.1, longitude: -83.1), title: "Meeting \(id)")
    }
}
