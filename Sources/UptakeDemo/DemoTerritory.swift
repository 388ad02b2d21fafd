import Foundation
import UptakeCore

/// A synthetic insurance field-sales territory in Ohio: DEMO DATA, every record invented.
///
/// Made by ``DemoTerritoryGenerator``. Ids start with `demo-`, rep emails are at
/// ``DemoTerritoryGenerator/emailDomain``, and every lead carries the attribute
/// ``DemoAttributeKey/demo`` = `true`. Agencies sit around real Ohio towns (GeoNames, CC BY 4.0).
///
/// Labels: a lead's outcome is "converted within ``labelWindow`` after its `createdAt`" (its reference
/// date). Conversions are recorded only before ``asOf``, so the label is known only for leads whose
/// window has closed by then (``isResolved(_:)``); for the others (created in the last 90 days) a
/// missing conversion means "not yet", not "no".
public struct DemoTerritory: Hashable, Sendable, Codable {
    /// What was asked for.
    public var configuration: DemoTerritoryConfiguration
    /// The local (New York) start of the configuration's `today`: history is everything before it.
    public var asOf: Date
    /// The local start of the first day of history, ``DemoTerritoryConfiguration/historyYears`` before.
    public var historyStart: Date
    /// The local start of the first day after the planned calendar.
    public var calendarEnd: Date
    /// The sales force.
    public var reps: [Rep]
    /// The agencies, in id order.
    public var leads: [Lead]
    /// Every rep's fixed appointments, past and planned, by rep then start.
    public var appointments: [Appointment]
    /// Visits that took place (before ``asOf``), by rep then time.
    public var visits: [Visit]
    /// Deals closed before ``asOf``, at most one per lead, by lead.
    public var conversions: [Conversion]

    /// The label window: 90 days (as elapsed time, 90 × 86,400 s) after a lead's `createdAt`.
    public static let labelWindow: TimeInterval = 90 * 86_400

    /// Makes a territory from its parts (the generator's job; public for decoding and tests).
    ///
    /// - Parameters:
    ///   - configuration: What was asked for.
    ///   - asOf: The start of today.
    ///   - historyStart: The start of the history.
    ///   - calendarEnd: The end of the planned calendar.
    ///   - reps: The reps.
    ///   - leads: The agencies.
    ///   - appointments: The appointments.
    ///   - visits: The visits.
    ///   - conversions: The conversions.
    public init(
        configuration: DemoTerritoryConfiguration, asOf: Date, historyStart: Date, calendarEnd: Date,
        reps: [Rep], leads: [Lead], appointments: [Appointment], visits: [Visit], conversions: [Conversion]
    ) {
        self.configuration = configuration
        self.asOf = asOf
        self.historyStart = historyStart
        self.calendarEnd = calendarEnd
        self.reps = reps
        self.leads = leads
        self.appointments = appointments
        self.visits = visits
        self.conversions = conversions
    }

    /// The window a lead's label is about: from its reference date (`createdAt`) for ``labelWindow``.
    ///
    /// - Parameter lead: A lead of this territory.
    /// - Returns: `createdAt ..< createdAt + 90 days`; the lead is a positive when it converted inside.
    public func labelWindow(for lead: Lead) -> Range<Date> {
        lead.createdAt..<lead.createdAt.addingTimeInterval(Self.labelWindow)
    }

    /// Whether a lead's label window has closed by ``asOf``, so its label is final.
    ///
    /// - Parameter lead: A lead of this territory.
    /// - Returns: `true` when `createdAt + labelWindow <= asOf`.
    public func isResolved(_ lead: Lead) -> Bool {
        lead.createdAt.addingTimeInterval(Self.labelWindow) <= asOf
    }

    /// The scoring labels of the resolved leads: converted within 90 days of `createdAt` or not.
    ///
    /// - Returns: For each resolved lead, whether it converted inside its window; unresolved leads
    ///   are absent.
    public func labels() -> [LeadID: Bool] {
        var converted: [LeadID: Date] = [:]
        for conversion in conversions { converted[conversion.lead] = conversion.date }
        var labels: [LeadID: Bool] = [:]
        for lead in leads where isResolved(lead) {
            labels[lead.id] = converted[lead.id].map { labelWindow(for: lead).contains($0) } ?? false
        }
        return labels
    }
}
