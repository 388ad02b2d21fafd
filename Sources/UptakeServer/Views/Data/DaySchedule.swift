import Foundation
import UptakeCore
import UptakeStore

/// A rep's day: the stored plan's stops in order with arrival times and its suggestions, or, when the day has no
/// stored plan, the appointments from the calendar.
struct DaySchedule: Codable, Sendable {
    /// One stop of the day.
    struct Stop: Codable, Sendable, Equatable {
        var id: String
        /// `appointment`, `lunch` or `suggestion`.
        var kind: String
        var title: String
        /// Planned arrival, `HH:MM` (the start for an unplanned day).
        var arrival: String
        var start: String
        var end: String
        var lead: String?
        var leadName: String?
        var latitude: Double?
        var longitude: Double?
        var suggested: Bool
        /// The suggestion, for a suggested stop.
        var suggestion: SuggestionCard?
    }

    var rep: RepSummary
    var date: String
    var previousDate: String
    var nextDate: String
    /// Whether the stops come from a stored plan (false: the calendar's appointments only).
    var planned: Bool
    /// The stored plan's id and one-line summary, when planned.
    var planID: String?
    var planSummary: String?
    var stops: [Stop]
    /// The suggested stops, in the order of the day (also marked among `stops`).
    var suggestions: [SuggestionCard]
    /// The dismissal reasons the rep picks from.
    var dismissalReasons: [String]

    /// Loads a rep's day.
    ///
    /// Suggestions the rep is not shown (a pilot control rep's, logged only) are left out unless
    /// `includeHidden`, and so are their stops.
    ///
    /// - Parameters:
    ///   - rep: The rep.
    ///   - day: The day in the rep's time zone.
    ///   - repository: The store.
    ///   - includeHidden: Whether to include suggestions the rep is not shown (analysts, executives, admins).
    ///   - reasons: The configured dismissal reasons.
    /// - Returns: The schedule.
    /// - Throws: The database's error.
    static func load(
        rep: Rep, day: DayRange, repository: any UptakeRepository, includeHidden: Bool = false,
        reasons: DismissalReasons = .standard
    ) async throws -> DaySchedule {
        let calendarDay = try CalendarDay(parsing: day.label)
        // Two queries, side by side (PostgreSQL serves them on separate pool connections): the plan with its
        // suggestions and their ledger events, and the calendar's appointments with their leads' names.
        async let storedLedger = repository.currentPlanLedger(rep: rep.id, day: calendarDay)
        let calendar = try await repository.dayAppointments(rep: rep.id, from: day.start, to: day.end)
        let appointments = calendar.appointments
        let ledger = try await storedLedger
        let plan = ledger?.plan
        let visible = plan?.suggestions.filter { includeHidden || $0.shown } ?? []
        let names = calendar.leadNames
        let byID = Dictionary(appointments.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        func stop(_ appointment: Appointment, arrival: String? = nil) -> Stop {
            Stop(
                id: appointment.id.rawValue, kind: "appointment", title: appointment.title,
                arrival: arrival ?? day.clock(appointment.start), start: day.clock(appointment.start),
                end: day.clock(appointment.end), lead: appointment.lead?.rawValue,
                leadName: appointment.lead.flatMap { names[$0] }, latitude: appointment.location?.latitude,
                longitude: appointment.location?.longitude, suggested: false)
        }
        var stops: [Stop] = []
        var cards: [SuggestionCard] = []
        if let plan {
            // The events of the visible suggestions only, as the ledger would be read for them.
            let visibleIDs = Set(visible.map(\.id.rawValue))
            let history = try LedgerHistory(ledger?.events.filter { visibleIDs.contains($0.suggestion) } ?? [])
            let outcomes = Dictionary(
                history.outcomes.map { ($0.suggestion, $0) }, uniquingKeysWith: { _, latest in latest })
            let suggestionOfLead = Dictionary(
                visible.map { ($0.lead, $0) }, uniquingKeysWith: { first, _ in first })
            for planned in plan.plan.stops {
                let arrival = Self.clock(minutes: planned.arrival)
                switch planned.kind {
                case .start, .end:
                    continue
                case .lunch:
                    stops.append(Stop(
                        id: "lunch", kind: "lunch", title: "Lunch", arrival: arrival,
                        start: Self.clock(minutes: planned.start), end: Self.clock(minutes: planned.end),
                        suggested: false))
                case .appointment(let id):
                    if let appointment = byID[id] {
                        var entry = stop(appointment, arrival: arrival)
                        entry.latitude = entry.latitude ?? planned.location?.latitude
                        entry.longitude = entry.longitude ?? planned.location?.longitude
                        stops.append(entry)
                    }
                case .suggestion(let lead):
                    guard let suggestion = suggestionOfLead[lead] else { continue }
                    let card = SuggestionCard(
                        suggestion, outcome: outcomes[suggestion.id.rawValue], clock: day.clock)
                    cards.append(card)
                    stops.append(Stop(
                        id: suggestion.id.rawValue, kind: "suggestion", title: "Suggested visit", arrival: arrival,
                        start: Self.clock(minutes: planned.start), end: Self.clock(minutes: planned.end),
                        lead: lead.rawValue, leadName: card.leadName, latitude: planned.location?.latitude,
                        longitude: planned.location?.longitude, suggested: true, suggestion: card))
                }
            }
        } else {
            stops = appointments.map { stop($0) }
        }
        return DaySchedule(
            rep: RepSummary(rep), date: day.label, previousDate: day.shifted(by: -1), nextDate: day.shifted(by: 1),
            planned: plan != nil, planID: plan?.id.rawValue, planSummary: plan?.summary, stops: stops,
            suggestions: cards, dismissalReasons: reasons.codes)
    }

    /// Minutes after midnight as `HH:MM` (the planner's clock is minutes in the rep's time zone).
    ///
    /// - Parameter minutes: Minutes after midnight.
    /// - Returns: The time of day.
    static func clock(minutes: Double) -> String {
        let whole = max(0, Int(minutes.rounded()))
        return String(format: "%02d:%02d", whole / 60, whole % 60)
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
                label: "\(stop.arrival) \(stop.leadName ?? stop.title)", latitude: latitude, longitude: longitude,
                kind: stop.suggested ? "suggested" : "appointment"))
        }
        points.append(.init(label: "End", latitude: rep.end.latitude, longitude: rep.end.longitude, kind: "home"))
        return MapData(points: points, tileURL: tileURL)
    }
}
