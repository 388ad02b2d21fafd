import Foundation
import UptakeCore
import UptakeStore

/// A rep's day: the appointments in order from the store, and the planner's suggestions (a seam).
struct DaySchedule: Codable, Sendable {
    /// One stop of the day.
    struct Stop: Codable, Sendable, Equatable {
        var id: String
        var title: String
        var start: String
        var end: String
        var lead: String?
        var leadName: String?
        var latitude: Double?
        var longitude: Double?
        var suggested: Bool
    }

    var rep: RepSummary
    var date: String
    var previousDate: String
    var nextDate: String
    var stops: [Stop]
    /// SEAM(planner): the day plan's suggested stops with arrival times and reasons.
    var suggestions: PendingSection

    /// Loads a rep's day; one repository call per section.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - day: The day in the rep's time zone.
    ///   - repository: The store.
    /// - Returns: The schedule.
    /// - Throws: The database's error.
    static func load(rep: Rep, day: DayRange, repository: any UptakeRepository) async throws -> DaySchedule {
        let appointments = try await repository.appointments(rep: rep.id, from: day.start, to: day.end)
        let leads = try await repository.leads(ids: Set(appointments.compactMap(\.lead)))
        let names = Dictionary(uniqueKeysWithValues: leads.map { ($0.id, $0.name) })
        let stops = appointments.map { appointment in
            Stop(
                id: appointment.id.rawValue, title: appointment.title, start: day.clock(appointment.start),
                end: day.clock(appointment.end), lead: appointment.lead?.rawValue,
                leadName: appointment.lead.flatMap { names[$0] }, latitude: appointment.location?.latitude,
                longitude: appointment.location?.longitude, suggested: false)
        }
        return DaySchedule(
            rep: RepSummary(rep), date: day.label, previousDate: day.shifted(by: -1), nextDate: day.shifted(by: 1),
            stops: stops, suggestions: planSection(rep: rep, day: day))
    }

    /// SEAM(planner): replace with `repository.plan(rep:day:)` once plans are stored (migration 3).
    private static func planSection(rep: Rep, day: DayRange) -> PendingSection {
        .pending("Suggested stops from the day planner appear here once plans are connected.")
    }

    /// The map's points: start, stops with a location, end.
    struct MapData: Codable, Sendable {
        struct Point: Codable, Sendable {
            var label: String
            var latitude: Double
            var longitude: Double
            var kind: String
        }
        var points: [Point]
        var tileURL: String?
    }

    /// The map's points for this day.
    ///
    /// - Parameters:
    ///   - rep: The rep (start and end of the route).
    ///   - tileURL: The basemap tile URL template, or nil.
    /// - Returns: The map data.
    func mapData(rep: Rep, tileURL: String?) -> MapData {
        var points = [MapData.Point(
            label: "Start", latitude: rep.start.latitude, longitude: rep.start.longitude, kind: "home")]
        for stop in stops {
            guard let latitude = stop.latitude, let longitude = stop.longitude else { continue }
            points.append(.init(
                label: "\(stop.start) \(stop.leadName ?? stop.title)", latitude: latitude, longitude: longitude,
                kind: stop.suggested ? "suggested" : "appointment"))
        }
        points.append(.init(label: "End", latitude: rep.end.latitude, longitude: rep.end.longitude, kind: "home"))
        return MapData(points: points, tileURL: tileURL)
    }
}
