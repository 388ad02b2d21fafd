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

    /// Makes a plan (the planner makes these; tests and stores rebuild them).
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - stops: Stops in order.
    ///   - value: Total value of the suggestions.
    ///   - travelMinutes: Travel minutes of the day.
    ///   - baseTravelMinutes: Travel minutes without the suggestions.
    public init(rep: RepID, stops: [PlannedStop], value: Double, travelMinutes: Double, baseTravelMinutes: Double) {
        self.rep = rep
        self.stops = stops
        self.value = value
        self.travelMinutes = travelMinutes
        self.baseTravelMinutes = baseTravelMinutes
    }

    /// The suggested leads, in visiting order.
    public var suggestions: [LeadID] {
        stops.compactMap { if case .suggestion(let id) = $0.kind { id } else { nil } }
    }
}
