import Foundation
import UptakeCore

extension OhioPlace {
    /// Reads the bundled GeoNames table of Ohio places (687 rows, CC BY 4.0, © GeoNames).
    ///
    /// - Returns: The places in the table's order (largest population first).
    /// - Throws: ``DemoDataError`` `.resourceMissing` when the resource is not in the bundle,
    ///   `.malformedResource` when a row does not parse.
    public static func bundled() throws -> [OhioPlace] {
        guard let url = Bundle.module.url(forResource: "ohio-places", withExtension: "csv") else {
            throw DemoDataError(.resourceMissing, "ohio-places.csv is not in the UptakeDemo bundle")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DemoDataError(.resourceMissing, "ohio-places.csv could not be read: \(error)")
        }
        return try parse(csv: text)
    }

    /// Parses the places table: a header line
    /// `geonameid,name,latitude,longitude,population,county_code,timezone`, then one place a line.
    ///
    /// The table has no quoted fields (no name contains a comma), so a plain split is enough.
    ///
    /// - Parameter text: The CSV text.
    /// - Returns: The places in file order.
    /// - Throws: ``DemoDataError`` `.malformedResource` naming the line that did not parse.
    public static func parse(csv text: String) throws -> [OhioPlace] {
        var lines = text.split(whereSeparator: \.isNewline)
        guard let header = lines.first,
            header.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                == ["geonameid", "name", "latitude", "longitude", "population", "county_code", "timezone"]
        else {
            throw DemoDataError(.malformedResource, "ohio-places.csv does not start with the expected header")
        }
        lines.removeFirst()
        var places: [OhioPlace] = []
        places.reserveCapacity(lines.count)
        for (offset, line) in lines.enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 7,
                let id = Int(fields[0]),
                let latitude = Double(fields[2]),
                let longitude = Double(fields[3]),
                let population = Int(fields[4]),
                let location = try? GeoPoint(latitude: latitude, longitude: longitude)
            else {
                throw DemoDataError(.malformedResource, "ohio-places.csv line \(offset + 2) does not parse: \(line)")
            }
            places.append(
                OhioPlace(
                    geonameID: id, name: String(fields[1]), location: location, population: population,
                    timeZone: String(fields[6])))
        }
        return places
    }
}
