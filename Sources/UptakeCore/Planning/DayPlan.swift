/// A rep's planned day: every stop in order with times, and what the suggestions are worth.
public struct DayPlan: Hashable, Sendable, Codable {
    /// The rep.
    public var rep: RepID
    /// Stops in order: start, appointments, lunch and suggestions, end.
    public var stops: [PlannedStop]
    /// Total value of the suggested stops.
    public var value: Double
    /// Total travel minutes of the day.
    public var travelMinutes: Double
    /// Travel minutes of the same day without the suggestions.
    public var baseTravelMinutes: Double

    /// The suggested leads, in visiting order.
    public var suggestions: [LeadID] {
        stops.compactMap { if case .suggestion(let id) = $0.kind { id } else { nil } }
    }
}
