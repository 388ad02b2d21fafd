/// Whether a visit was recorded near the lead it claims: the GPS point within a radius of the lead.
///
/// A visit outside the radius is flagged, never dropped: GPS drifts indoors, and a rep may record the
/// visit from the car park. The funnel shows how many visits were flagged beside how many there were.
public struct VisitLocationCheck: Hashable, Sendable, Codable {
    /// The default radius: 300 m, about a town block plus typical urban GPS error.
    public static let defaultRadiusMetres = 300.0

    /// The radius in metres within which a visit counts as at the lead.
    public var radiusMetres: Double

    /// Makes a check.
    ///
    /// - Parameter radiusMetres: The radius in metres.
    public init(radiusMetres: Double = defaultRadiusMetres) {
        self.radiusMetres = radiusMetres
    }

    /// The great-circle distance in metres between where a visit was recorded and the lead.
    ///
    /// - Parameters:
    ///   - point: Where the visit was recorded.
    ///   - lead: The lead's location.
    /// - Returns: The distance in metres (haversine, ``GeoPoint/distanceKilometres(to:)``).
    public static func distanceMetres(from point: GeoPoint, to lead: GeoPoint) -> Double {
        point.distanceKilometres(to: lead) * 1_000
    }

    /// Whether a visit at `distanceMetres` from the lead is flagged as away from it.
    ///
    /// - Parameter distanceMetres: The recorded distance, or nil when no GPS point was given.
    /// - Returns: `true` when the distance is known and greater than the radius.
    public func isFlagged(distanceMetres: Double?) -> Bool {
        guard let distanceMetres else { return false }
        return distanceMetres > radiusMetres
    }
}
