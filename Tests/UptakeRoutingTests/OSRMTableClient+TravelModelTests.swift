import Foundation
import Testing
import UptakeCore
import UptakeRouting

@Suite("OSRM road times feeding the day planner")
struct OSRMTableClientTravelModelTests {
    static func time(_ hour: Int, _ minute: Int = 0) -> TimeOfDay { try! TimeOfDay(hour: hour, minute: minute) }

    /// The fake server's minutes plus the overhead, computed here without the client.
    static func road(_ a: GeoPoint, _ b: GeoPoint, overhead: Double) -> Double {
        if a == b { return 0 }
        let seconds = FakeOSRMServer.seconds(
            fromLongitude: a.longitude, fromLatitude: a.latitude, toLongitude: b.longitude, toLatitude: b.latitude)
        return seconds.map { $0 / 60 + overhead } ?? .infinity
    }

    @Test func aPlanOnRoadTimesArrivesWhenTheServerSays() async throws {
        let home = GeoPoint(uncheckedLatitude: 39.96, longitude: -83.0)
        let meeting = GeoPoint(uncheckedLatitude: 40.0, longitude: -83.02)
        var leads: [CandidateStop] = []
        for index in 0..<12 {
            let latitude = 39.94 + Double(index % 4) * 0.02, longitude = -83.04 + Double(index / 4) * 0.02
            leads.append(try CandidateStop(
                id: LeadID("lead-\(index)"), location: GeoPoint(uncheckedLatitude: latitude, longitude: longitude),
                value: Double(10 + index), visitMinutes: 20))
        }
        let candidates = leads
        let day = RepDay(
            rep: "r", start: home, end: home, shiftStart: Self.time(8), shiftEnd: Self.time(17),
            appointments: [try FixedStop(id: "a1", location: meeting, start: Self.time(11), end: Self.time(12))],
            limits: PlanLimits(maxAddedStops: 3, maxExtraMinutesPerStop: 20))
        let log = FakeOSRMServer.Log()
        let plan = try await FakeOSRMServer.with(log: log) { url in
            let client = try OSRMTableClient(baseURL: url)
            let built = try await client.travelModel(days: [day], candidates: candidates, overheadMinutes: 5)
            let planner = DayPlanner(travel: built.model)
            return try planner.plan(day, candidates: built.reachable, options: PlannerSearchOptions(
                iterations: 300, timeLimit: nil, seed: 3))
        }
        #expect(log.count == 4)  // fixed × fixed, fixed → leads, leads → fixed, among the reachable leads
        #expect(plan.suggestions.count == 3)
        // Re-trace the day on the server's own numbers: each stop is reached when the road time says.
        var time = 480.0
        var here = home
        for stop in plan.stops.dropFirst() {
            let place = stop.location ?? here
            let arrival = time + Self.road(here, place, overhead: 5)
            #expect(abs(arrival - stop.arrival) < 1e-6, "stop \(String(describing: stop.kind))")
            if case .appointment = stop.kind { #expect(stop.start == 660) }
            time = stop.end
            here = place
        }
    }
}
