/// A point on the earth in WGS 84 degrees.
public struct GeoPoint: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Degrees north, -90...90.
    public let latitude: Double
    /// Degrees east, -180...180.
    public let longitude: Double

    /// Makes a point, refusing coordinates outside their ranges.
    ///
    /// - Throws: ``DomainError`` with code `.outOfRange` naming the coordinate.
    public init(latitude: Double, longitude: Double) throws {
        guard latitude.isFinite, (-90...90).contains(latitude) else {
            throw DomainError(.outOfRange, "latitude \(latitude) is outside -90...90")
        }
        guard longitude.isFinite, (-180...180).contains(longitude) else {
            throw DomainError(.outOfRange, "longitude \(longitude) is outside -180...180")
        }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Makes a point from coordinates already known to be valid (constants, generated data).
    public init(uncheckedLatitude latitude: Double, longitude: Double) {
        precondition((-90...90).contains(latitude) && (-180...180).contains(longitude))
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance in kilometres (haversine, mean earth radius 6,371.0088 km).
    public func distanceKilometres(to other: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (other.latitude - latitude) * radians
        let dLon = (other.longitude - longitude) * radians
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude * radians) * cos(other.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6_371.0088 * asin(min(1, a.squareRoot()))
    }

    public var description: String { "\(latitude),\(longitude)" }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
