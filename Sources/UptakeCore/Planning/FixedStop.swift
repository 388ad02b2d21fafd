/// A stop the rep already has at a fixed time (an appointment): never moved, never dropped.
public struct FixedStop: Hashable, Sendable, Codable {
    /// Caller's id, used in plans and in conflict reports.
    public var id: String
    /// Where it is, or nil for a call taken wherever the rep is.
    public var location: GeoPoint?
    /// When it starts.
    public var start: TimeOfDay
    /// When it ends.
    public var end: TimeOfDay

    /// Makes a fixed stop.
    ///
    /// - Parameters:
    ///   - id: Caller's id.
    ///   - location: Where, or nil for a location-less call.
    ///   - start: Start time.
    ///   - end: End time, not before `start`.
    /// - Throws: `PlanningError` `.invalidRequest` if it ends before it starts.
    public init(id: String, location: GeoPoint?, start: TimeOfDay, end: TimeOfDay) throws {
        guard start <= end else {
            throw PlanningError(.invalidRequest, "appointment \(id) ends (\(end)) before it starts (\(start))")
        }
        self.id = id
        self.location = location
        self.start = start
        self.end = end
    }
}
