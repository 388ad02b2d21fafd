import Foundation
import Testing
import UptakeCore
import UptakeRouting

@Suite("OSRM table client against a loopback server in OSRM's format")
struct OSRMTableClientTests {
    static let columbus = GeoPoint(uncheckedLatitude: 39.96, longitude: -83.0)
    static let dublin = GeoPoint(uncheckedLatitude: 40.1, longitude: -83.11)
    static let delaware = GeoPoint(uncheckedLatitude: 40.3, longitude: -83.07)
    static let far = GeoPoint(uncheckedLatitude: 47.0, longitude: -83.0)

    /// The fake server's minutes, computed here from latitude and longitude as OSRM would read them.
    static func expected(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        if a == b { return 0 }
        return FakeOSRMServer.seconds(
            fromLongitude: a.longitude, fromLatitude: a.latitude, toLongitude: b.longitude, toLatitude: b.latitude)
            .map { $0 / 60 } ?? .infinity
    }

    @Test func readsDurationsLongitudeFirstAsMinutesRowMajor() async throws {
        let log = FakeOSRMServer.Log()
        try await FakeOSRMServer.with(log: log) { url in
            let client = try OSRMTableClient(baseURL: url)
            let origins = [Self.columbus, Self.dublin], destinations = [Self.dublin, Self.delaware, Self.far]
            let minutes = try await client.drivingMinutes(from: origins, to: destinations)
            let expected = origins.flatMap { a in destinations.map { b in Self.expected(a, b) } }
            #expect(minutes.count == 6)
            for (got, want) in zip(minutes, expected) {
                #expect(got == want || abs(got - want) < 1e-6)
            }
            #expect(minutes[2] == .infinity)  // null: no route
            #expect(minutes[3] == 0)  // Dublin to itself
        }
        #expect(log.count == 1)
    }

    @Test func aRepeatedMatrixIsServedFromTheCache() async throws {
        let log = FakeOSRMServer.Log()
        try await FakeOSRMServer.with(log: log) { url in
            let client = try OSRMTableClient(baseURL: url)
            let points = [Self.columbus, Self.dublin, Self.delaware]
            let first = try await client.drivingMinutes(from: points, to: points)
            let second = try await client.drivingMinutes(from: points, to: points)
            #expect(first == second)
            #expect(client.requestCount == 1)
            // A subset is cached too; a new place costs one more request.
            _ = try await client.drivingMinutes(from: [Self.dublin], to: [Self.columbus])
            #expect(client.requestCount == 1)
            _ = try await client.drivingMinutes(from: [Self.dublin], to: [Self.far])
            #expect(client.requestCount == 2)
        }
        #expect(log.count == 2)
    }

    @Test func largeMatricesAreAskedInBlocksWithinTheCoordinateLimit() async throws {
        let log = FakeOSRMServer.Log()
        let points = (0..<7).map { GeoPoint(uncheckedLatitude: 40 + Double($0) * 0.01, longitude: -83) }
        try await FakeOSRMServer.with(log: log) { url in
            let client = try OSRMTableClient(baseURL: url, maxCoordinatesPerRequest: 4)
            let minutes = try await client.drivingMinutes(from: points, to: points)
            let expected = points.flatMap { a in points.map { b in Self.expected(a, b) } }
            #expect(zip(minutes, expected).allSatisfy { abs($0 - $1) < 1e-6 })
        }
        #expect(log.count > 1)
        #expect(log.coordinateCounts.allSatisfy { $0 <= 4 })
    }

    @Test func theCacheSurvivesInAFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("osrm-cache-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let points = [Self.columbus, Self.far]
        let fetched = try await FakeOSRMServer.with { url in
            let client = try OSRMTableClient(baseURL: url)
            let minutes = try await client.drivingMinutes(from: points, to: points)
            try await client.cache.save(to: file)
            return minutes
        }
        let cache = OSRMMatrixCache()
        try await cache.load(from: file)
        // No server at all now: every pair comes from the file (the unreachable pair included).
        let offline = try OSRMTableClient(baseURL: "http://127.0.0.1:9", cache: cache)
        #expect(try await offline.drivingMinutes(from: points, to: points) == fetched)
        #expect(offline.requestCount == 0)
    }

    @Test func anUnreachableServerIsAnErrorNamingTheURL() async throws {
        // Port 9 (discard) has no listener on the test machines: the connection is refused.
        let client = try OSRMTableClient(baseURL: "http://127.0.0.1:9", timeout: 5)
        let error = await #expect(throws: RoutingError.self) {
            try await client.drivingMinutes(from: [Self.columbus], to: [Self.dublin])
        }
        #expect(error?.code == .unreachable)
        #expect(error?.message.contains("http://127.0.0.1:9") == true)
        #expect(error?.message.contains("--osrm-fallback") == true)
    }

    @Test func aCodeOtherThanOkIsAServerError() async throws {
        try await FakeOSRMServer.with(.code("InvalidQuery", status: .badRequest)) { url in
            let client = try OSRMTableClient(baseURL: url)
            let error = await #expect(throws: RoutingError.self) {
                try await client.drivingMinutes(from: [Self.columbus], to: [Self.dublin])
            }
            #expect(error?.code == .serverError)
            #expect(error?.message.contains("\"InvalidQuery\": made-up failure") == true)
            #expect(error?.message.contains(url) == true)
        }
    }

    @Test func anAnswerThatIsNotATableIsABadResponse() async throws {
        try await FakeOSRMServer.with(.notJSON) { url in
            let client = try OSRMTableClient(baseURL: url)
            let error = await #expect(throws: RoutingError.self) {
                try await client.drivingMinutes(from: [Self.columbus], to: [Self.dublin])
            }
            #expect(error?.code == .badResponse)
        }
    }

    @Test(arguments: ["localhost:5000", "ftp://host", "not a url"])
    func aURLThatIsNotHTTPIsRefused(_ text: String) {
        #expect(throws: RoutingError.self) { try OSRMTableClient(baseURL: text) }
    }

    @Test func theTravelModelKeepsOnlyReachableCandidatesAndAddsTheOverhead() async throws {
        let log = FakeOSRMServer.Log()
        try await FakeOSRMServer.with(log: log) { url in
            let client = try OSRMTableClient(baseURL: url)
            let day = RepDay(
                rep: "r", start: Self.columbus, end: Self.columbus, shiftStart: try TimeOfDay(hour: 8),
                shiftEnd: try TimeOfDay(hour: 17), limits: PlanLimits(maxAddedStops: 3, maxExtraMinutesPerStop: 20))
            let near = try CandidateStop(id: "near", location: GeoPoint(uncheckedLatitude: 39.97, longitude: -83.0),
                                         value: 1, visitMinutes: 20)
            let away = try CandidateStop(id: "away", location: Self.delaware, value: 1, visitMinutes: 20)
            let built = try await client.travelModel(days: [day], candidates: [near, away], overheadMinutes: 5)
            #expect(built.reachable.map(\.id) == ["near"])
            #expect(abs(built.model.minutes(from: Self.columbus, to: near.location)
                - (Self.expected(Self.columbus, near.location) + 5)) < 1e-9)
        }
    }
}
