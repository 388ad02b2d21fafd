import Foundation
import UptakeCore
import UptakeStore

/// A manager's team: per-rep activity from the store, and the adoption sections that arrive with the ledger,
/// the planner and pilots (seams).
struct TeamSummary: Codable, Sendable {
    /// One rep's row.
    struct Row: Codable, Sendable, Equatable {
        var id: String
        var name: String
        var leads: Int
        var appointmentsToday: Int
        var visitsLast28Days: Int
        var lastVisit: String?
    }

    var team: String
    var date: String
    var reps: [Row]
    /// SEAM(evidence): adoption funnel per rep (shown, accepted, visited, converted) from ledger events.
    var funnel: PendingSection
    /// SEAM(evidence): dismissal reasons from ledger events.
    var dismissals: PendingSection
    /// SEAM(planner): today's plans of the team.
    var plans: PendingSection
    /// SEAM(evidence): the pilot the team is in, its arm and status.
    var pilot: PendingSection

    /// Loads a team's summary; one repository call per section.
    ///
    /// - Parameters:
    ///   - team: The team.
    ///   - now: The current time (today and the 28-day window end here).
    ///   - repository: The store.
    /// - Returns: The summary.
    /// - Throws: The database's error.
    static func load(team: String, now: Date, repository: any UptakeRepository) async throws -> TeamSummary {
        let reps = try await repository.reps().filter { $0.team == team }
        let ids = Set(reps.map(\.id))
        let leadCounts = try await repository.leadCounts(owners: ids)
        let windowStart = now.addingTimeInterval(-28 * 86_400)
        let visits = try await repository.visits(rep: nil, from: windowStart, to: now).filter { ids.contains($0.rep) }
        var rows: [Row] = []
        for rep in reps {
            let day = try DayRange(nil, timeZoneIdentifier: rep.timeZone, now: now)
            let today = try await repository.appointments(rep: rep.id, from: day.start, to: day.end)
            let own = visits.filter { $0.rep == rep.id }
            rows.append(Row(
                id: rep.id.rawValue, name: rep.name, leads: leadCounts[rep.id] ?? 0, appointmentsToday: today.count,
                visitsLast28Days: own.count, lastVisit: own.last.map { DayRange.isoDay($0.time) }))
        }
        return TeamSummary(
            team: team, date: DayRange.isoDay(now), reps: rows,
            funnel: .pending("The adoption funnel per rep (shown, accepted, visited, converted) appears here once "
                + "the suggestion ledger is connected."),
            dismissals: .pending("Dismissal reasons appear here once the suggestion ledger is connected."),
            plans: .pending("Today's plans of the team appear here once the day planner is connected."),
            pilot: .pending("The pilot this team is in appears here once pilots are connected."))
    }
}
