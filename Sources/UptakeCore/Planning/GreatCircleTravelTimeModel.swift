/// The default drive-time model: great-circle distance × circuity factor ÷ speed, plus a per-stop overhead.
///
/// A circuity factor of about 1.3 is the usual ratio of road to straight-line distance in US road
/// networks (Ballou, Rahardja and Sakai, "Selected country circuity factors for road travel distance
/// estimation", Transportation Research Part A 36, 2002). The overhead (parking, walking in) is added to
/// every trip between two different places.
public struct GreatCircleTravelTimeModel: TravelTimeModel, Hashable {
    /// Road distance ÷ straight-line distance.
    public var circuityFactor: Double
    /// Average driving speed in km/h.
    public var speedKilometresPerHour: Double
    /// Minutes added to every trip between two different places.
    public var overheadMinutes: Double

    /// Makes a model.
    ///
    /// - Parameters:
    ///   - circuityFactor: Road ÷ straight-line distance (default 1.3).
    ///   - speedKilometresPerHour: Average speed (default 50 km/h).
    ///   - overheadMinutes: Per-stop overhead (default 5 minutes).
    /// - Throws: `PlanningError` `.invalidRequest` for a non-positive factor or speed, or a negative overhead.
    public init(circuityFactor: Double = 1.3, speedKilometresPerHour: Double = 50, overheadMinutes: Double = 5) throws {
        guard circuityFactor.isFinite, circuityFactor >= 1 else {
            throw PlanningError(.invalidRequest, "circuity factor \(circuityFactor) must be at least 1")
        }
        guard speedKilometresPerHour.isFinite, speedKilometresPerHour > 0 else {
            throw PlanningError(.invalidRequest, "speed \(speedKilometresPerHour) km/h must be positive")
        }
        guard overheadMinutes.isFinite, overheadMinutes >= 0 else {
            throw PlanningError(.invalidRequest, "overhead \(overheadMinutes) minutes must not be negative")
        }
        self.circuityFactor = circuityFactor
        self.speedKilometresPerHour = speedKilometresPerHour
        self.overheadMinutes = overheadMinutes
    }

    /// Minutes from `origin` to `destination`: zero for the same place, else distance × factor ÷ speed
    /// + overhead.
    ///
    /// - Parameters:
    ///   - origin: Where the trip starts.
    ///   - destination: Where it ends.
    /// - Returns: Travel minutes.
    public func minutes(from origin: GeoPoint, to destination: GeoPoint) -> Double {
        let kilometres = origin.distanceKilometres(to: destination)
        if kilometres == 0 { return 0 }
        return kilometres * circuityFactor / speedKilometresPerHour * 60 + overheadMinutes
    }
}
