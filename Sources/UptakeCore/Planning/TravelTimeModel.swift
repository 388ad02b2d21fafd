/// Drive times between places, in minutes.
///
/// Matrix-friendly: the planner asks for whole origin × destination matrices, so a model backed by a
/// routing engine's table service (OSRM `table`) can answer in one request. Models must be deterministic.
public protocol TravelTimeModel: Sendable {
    /// Minutes to drive from one place to another (zero from a place to itself).
    ///
    /// - Parameters:
    ///   - origin: Where the trip starts.
    ///   - destination: Where it ends.
    /// - Returns: Travel minutes, including any fixed per-stop overhead.
    func minutes(from origin: GeoPoint, to destination: GeoPoint) -> Double

    /// Minutes from every origin to every destination, row-major (`result[i * destinations.count + j]`).
    ///
    /// - Parameters:
    ///   - origins: Trip starts.
    ///   - destinations: Trip ends.
    /// - Returns: `origins.count × destinations.count` travel minutes.
    func matrix(from origins: [GeoPoint], to destinations: [GeoPoint]) -> [Double]
}

extension TravelTimeModel {
    /// Default matrix: one `minutes(from:to:)` call per pair.
    ///
    /// - Parameters:
    ///   - origins: Trip starts.
    ///   - destinations: Trip ends.
    /// - Returns: `origins.count × destinations.count` travel minutes, row-major.
    public func matrix(from origins: [GeoPoint], to destinations: [GeoPoint]) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(origins.count * destinations.count)
        for origin in origins {
            for destination in destinations { result.append(minutes(from: origin, to: destination)) }
        }
        return result
    }
}
