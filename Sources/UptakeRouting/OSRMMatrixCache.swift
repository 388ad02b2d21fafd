import Foundation
import UptakeCore

/// Driving seconds between places already asked of the server, keyed by coordinates rounded to 5 decimals
/// (about 1 m), so repeated plans of the same territory do not ask again.
///
/// Kept in memory; `load(from:)` and `save(to:)` keep it in a JSON file between runs.
public actor OSRMMatrixCache {
    /// A trip between two rounded places.
    struct Key: Hashable, Codable {
        var fromLatitude: Int32
        var fromLongitude: Int32
        var toLatitude: Int32
        var toLongitude: Int32

        init(_ origin: GeoPoint, _ destination: GeoPoint) {
            fromLatitude = Self.round(origin.latitude)
            fromLongitude = Self.round(origin.longitude)
            toLatitude = Self.round(destination.latitude)
            toLongitude = Self.round(destination.longitude)
        }

        private static func round(_ degrees: Double) -> Int32 { Int32((degrees * 100_000).rounded()) }
    }

    /// One stored pair in the JSON file; `seconds` is null for no route.
    private struct Entry: Codable {
        var key: Key
        var seconds: Double?
    }

    private var seconds: [Key: Double] = [:]

    /// Makes an empty cache.
    public init() {}

    /// How many pairs are cached.
    public var count: Int { seconds.count }

    /// The cached seconds of a pair (`.infinity` for no route), or nil when not cached.
    func lookup(_ origin: GeoPoint, _ destination: GeoPoint) -> Double? {
        seconds[Key(origin, destination)]
    }

    /// Stores the seconds of a pair (`.infinity` for no route).
    func store(_ origin: GeoPoint, _ destination: GeoPoint, seconds value: Double) {
        seconds[Key(origin, destination)] = value
    }

    /// Adds the pairs of a JSON file written by ``save(to:)``; a missing file adds nothing.
    ///
    /// - Parameter url: The file.
    /// - Throws: ``RoutingError`` `.cacheFile` when the file exists but does not read.
    public func load(from url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        do {
            let entries = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: url))
            for entry in entries { seconds[entry.key] = entry.seconds ?? .infinity }
        } catch {
            throw RoutingError(.cacheFile, "the OSRM cache \(url.path) does not read: \(error)")
        }
    }

    /// Writes every pair to a JSON file (atomically).
    ///
    /// - Parameter url: The file.
    /// - Throws: ``RoutingError`` `.cacheFile` when it cannot be written.
    public func save(to url: URL) throws {
        let entries = seconds.map { Entry(key: $0.key, seconds: $0.value.isFinite ? $0.value : nil) }
            .sorted { ($0.key.fromLatitude, $0.key.fromLongitude, $0.key.toLatitude, $0.key.toLongitude)
                < ($1.key.fromLatitude, $1.key.fromLongitude, $1.key.toLatitude, $1.key.toLongitude) }
        do {
            try JSONEncoder().encode(entries).write(to: url, options: .atomic)
        } catch {
            throw RoutingError(.cacheFile, "the OSRM cache \(url.path) cannot be written: \(error)")
        }
    }
}
