import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import UptakeCore

/// Road driving times from an OSRM server's `table` service, cached by rounded coordinates.
///
/// Requests are `GET {base}/table/v1/{profile}/{lon,lat;lon,lat...}?sources=...&destinations=...` (OSRM
/// orders coordinates longitude first). A matrix larger than the server's `--max-table-size` (100 by default)
/// is asked in blocks of at most `maxCoordinatesPerRequest` coordinates; pairs already in the cache are not
/// asked again.
///
/// ```swift
/// let client = try OSRMTableClient(baseURL: "http://localhost:5000")
/// let minutes = try await client.drivingMinutes(from: [home], to: [acme, birch])
/// ```
public struct OSRMTableClient: Sendable {
    /// The server, e.g. `http://localhost:5000`.
    public let baseURL: URL
    /// The routing profile in the path (`driving`).
    public let profile: String
    /// The most coordinates in one request (the server's `--max-table-size`).
    public let maxCoordinatesPerRequest: Int
    /// Seconds to wait for an answer.
    public let timeout: TimeInterval
    /// Pairs already known.
    public let cache: OSRMMatrixCache
    private let session: URLSession
    private let requests = RequestCounter()

    /// Makes a client.
    ///
    /// - Parameters:
    ///   - baseURL: The server, `http://host:port` (a path prefix is kept).
    ///   - profile: The profile (default `driving`).
    ///   - maxCoordinatesPerRequest: Coordinates per request, at least 2 (default 100, OSRM's default limit).
    ///   - timeout: Seconds to wait for each answer (default 30).
    ///   - cache: The cache to read and fill (default a new one).
    /// - Throws: ``RoutingError`` `.invalidRequest` for a URL that is not http(s) or a limit below 2.
    public init(
        baseURL: String, profile: String = "driving", maxCoordinatesPerRequest: Int = 100, timeout: TimeInterval = 30,
        cache: OSRMMatrixCache = OSRMMatrixCache()
    ) throws {
        guard let url = URL(string: baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else {
            throw RoutingError(.invalidRequest, "\"\(baseURL)\" is not an OSRM server URL (http://host:port)")
        }
        guard maxCoordinatesPerRequest >= 2 else {
            throw RoutingError(.invalidRequest, "an OSRM request needs room for at least 2 coordinates")
        }
        self.baseURL = url
        self.profile = profile
        self.maxCoordinatesPerRequest = maxCoordinatesPerRequest
        self.timeout = timeout
        self.cache = cache
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        session = URLSession(configuration: configuration)
    }

    /// How many HTTP requests this client (and its copies) has sent.
    public var requestCount: Int { requests.value }

    /// Driving minutes (no per-stop overhead) from every origin to every destination, row-major;
    /// `.infinity` where the server knows no route.
    ///
    /// - Parameters:
    ///   - origins: Trip starts.
    ///   - destinations: Trip ends.
    /// - Returns: `origins.count × destinations.count` minutes.
    /// - Throws: ``RoutingError`` `.unreachable` (naming the URL) when the server does not answer,
    ///   `.serverError` when it answers a code other than `Ok`, `.badResponse` for any other answer.
    public func drivingMinutes(from origins: [GeoPoint], to destinations: [GeoPoint]) async throws -> [Double] {
        // Ask only for the places with a pair not cached yet.
        var missingOrigins: [GeoPoint] = [], missingDestinations = Set<GeoPoint>()
        for origin in unique(origins) {
            var missing = false
            for destination in destinations where origin != destination {
                if await cache.lookup(origin, destination) == nil { missing = true; missingDestinations.insert(destination) }
            }
            if missing { missingOrigins.append(origin) }
        }
        if !missingOrigins.isEmpty {
            let targets = unique(destinations).filter { missingDestinations.contains($0) }
            try await fetch(origins: missingOrigins, destinations: targets)
        }
        var result: [Double] = []
        result.reserveCapacity(origins.count * destinations.count)
        for origin in origins {
            for destination in destinations {
                if origin == destination { result.append(0); continue }
                result.append((await cache.lookup(origin, destination) ?? .infinity) / 60)
            }
        }
        return result
    }

    /// Fetches blocks of the matrix, each within the coordinate limit, into the cache.
    private func fetch(origins: [GeoPoint], destinations: [GeoPoint]) async throws {
        let half = max(1, maxCoordinatesPerRequest / 2)
        let (originBlock, destinationBlock): (Int, Int)
        if origins.count + destinations.count <= maxCoordinatesPerRequest {
            (originBlock, destinationBlock) = (origins.count, destinations.count)
        } else if origins.count < half {
            (originBlock, destinationBlock) = (origins.count, maxCoordinatesPerRequest - origins.count)
        } else if destinations.count < half {
            (originBlock, destinationBlock) = (maxCoordinatesPerRequest - destinations.count, destinations.count)
        } else {
            (originBlock, destinationBlock) = (half, maxCoordinatesPerRequest - half)
        }
        for originStart in stride(from: 0, to: origins.count, by: originBlock) {
            let sources = Array(origins[originStart..<min(originStart + originBlock, origins.count)])
            for destinationStart in stride(from: 0, to: destinations.count, by: destinationBlock) {
                let targets = Array(destinations[destinationStart..<min(destinationStart + destinationBlock, destinations.count)])
                let seconds = try await table(sources: sources, destinations: targets)
                for (i, origin) in sources.enumerated() {
                    for (j, destination) in targets.enumerated() {
                        await cache.store(origin, destination, seconds: seconds[i][j] ?? .infinity)
                    }
                }
            }
        }
    }

    /// One `table` request.
    private func table(sources: [GeoPoint], destinations: [GeoPoint]) async throws -> [[Double?]] {
        let coordinates = sources + destinations
        let path = coordinates.map { "\(Self.format($0.longitude)),\(Self.format($0.latitude))" }.joined(separator: ";")
        let sourceIndices = sources.indices.map(String.init).joined(separator: ";")
        let destinationIndices = destinations.indices.map { String(sources.count + $0) }.joined(separator: ";")
        let text = "\(baseURL.absoluteString)/table/v1/\(profile)/\(path)?sources=\(sourceIndices)"
            + "&destinations=\(destinationIndices)&annotations=duration"
        guard let url = URL(string: text) else {
            throw RoutingError(.invalidRequest, "cannot make an OSRM URL from \(baseURL.absoluteString)")
        }
        var request = URLRequest(url: url)
        request.timeoutInterval = timeout
        requests.increment()
        let data: Data, response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw RoutingError(
                .unreachable,
                "the OSRM server at \(baseURL.absoluteString) cannot be reached (\(error.localizedDescription)); "
                    + "check --osrm-url, or pass --osrm-fallback to use great-circle times instead")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard let answer = try? JSONDecoder().decode(OSRMTableResponse.self, from: data) else {
            throw RoutingError(
                .badResponse, "the OSRM server at \(baseURL.absoluteString) answered HTTP \(status) with something "
                    + "other than a table: \(String(decoding: data.prefix(200), as: UTF8.self))")
        }
        guard answer.code == "Ok" else {
            throw RoutingError(
                .serverError, "the OSRM server at \(baseURL.absoluteString) answered code \"\(answer.code)\""
                    + (answer.message.map { ": \($0)" } ?? "") + " (HTTP \(status))")
        }
        guard let durations = answer.durations, durations.count == sources.count,
              durations.allSatisfy({ $0.count == destinations.count })
        else {
            throw RoutingError(
                .badResponse, "the OSRM server at \(baseURL.absoluteString) answered a durations matrix that is not "
                    + "\(sources.count) × \(destinations.count)")
        }
        return durations
    }

    /// Six decimals (about 0.1 m): what OSRM reads, without exponent notation.
    private static func format(_ degrees: Double) -> String { String(format: "%.6f", degrees) }

    private func unique(_ points: [GeoPoint]) -> [GeoPoint] {
        var seen = Set<GeoPoint>()
        return points.filter { seen.insert($0).inserted }
    }
}

/// A thread-safe count of requests, shared by copies of a client.
private final class RequestCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }

    func increment() { lock.withLock { count += 1 } }
}
