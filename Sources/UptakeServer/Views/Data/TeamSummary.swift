import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// A manager's team: per-rep activity from the store, the adoption funnel per rep and the dismissal reasons
/// (computed by UptakeReports, as `uptake funnel` computes them), today's plans, and the team's pilot.
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

    /// One rep's adoption funnel over the window (``AdoptionFunnel`` rows, named).
    struct FunnelLine: Codable, Sendable, Equatable {
        var rep: String
        var name: String
        var shown: Int
        var accepted: Int
        var dismissed: Int
        var visited: Int
        var converted: Int
        var convertedValue: Double
        /// Accepted of shown, `NN%`, or `–` when nothing was shown.
        var acceptance: String
    }

    /// How often a dismissal reason was given.
    struct ReasonCount: Codable, Sendable, Equatable {
        var reason: String
        var count: Int
    }

    /// A rep's plan for their today.
    struct PlanLine: Codable, Sendable, Equatable {
        var rep: String
        var name: String
        var date: String
        var planned: Bool
        /// Suggestions the rep is shown (a control rep's are logged, not shown, and not counted here).
        var suggestions: Int
        var summary: String?
    }

    /// The team's reps in a pilot.
    struct PilotLine: Codable, Sendable, Equatable {
        struct Arm: Codable, Sendable, Equatable {
            var rep: String
            var name: String
            var arm: String
        }
        var id: String
        var status: String
        var planHash: String?
        var startsAt: String
        var endsAt: String
        var metric: String
        var arms: [Arm]
    }

    var team: String
    var date: String
    var reps: [Row]
    /// The funnel's window: the last ``funnelDays`` days.
    var funnelFrom: String
    var funnel: [FunnelLine]
    var funnelTotal: FunnelLine
    var dismissals: [ReasonCount]
    var plans: [PlanLine]
    /// The pilots the team's reps are in, latest first.
    var pilots: [PilotLine]

    /// Days of ledger the funnel covers.
    static let funnelDays = 28

    /// Loads a team's summary.
    ///
    /// - Parameters:
    ///   - team: The team.
    ///   - now: The current time (today and the 28-day windows end here).
    ///   - repository: The store.
    /// - Returns: The summary.
    /// - Throws: The database's error, or `LedgerError` when the stored ledger breaks its rules.
    static func load(team: String, now: Date, repository: any UptakeRepository) async throws -> TeamSummary {
        let reps = try await repository.reps().filter { $0.team == team }
        let ids = Set(reps.map(\.id))
        let names = Dictionary(reps.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let leadCounts = try await repository.leadCounts(owners: ids)
        let windowStart = now.addingTimeInterval(-Double(funnelDays) * 86_400)
        let visits = try await repository.visits(rep: nil, from: windowStart, to: now).filter { ids.contains($0.rep) }
        var rows: [Row] = []
        var plans: [PlanLine] = []
        for rep in reps {
            let day = try DayRange(nil, timeZoneIdentifier: rep.timeZone, now: now)
            let today = try await repository.appointments(rep: rep.id, from: day.start, to: day.end)
            let own = visits.filter { $0.rep == rep.id }
            rows.append(Row(
                id: rep.id.rawValue, name: rep.name, leads: leadCounts[rep.id] ?? 0, appointmentsToday: today.count,
                visitsLast28Days: own.count, lastVisit: own.last.map { DayRange.isoDay($0.time) }))
            let plan = try await repository.plan(rep: rep.id, day: try CalendarDay(parsing: day.label))
            plans.append(PlanLine(
                rep: rep.id.rawValue, name: rep.name, date: day.label, planned: plan != nil,
                suggestions: plan?.suggestions.filter(\.shown).count ?? 0, summary: plan?.summary))
        }
        let funnel = try await AdoptionFunnel.load(
            from: repository, grouping: .rep, reps: ids, from: windowStart, to: now)
        func line(_ row: FunnelRow, name: String) -> FunnelLine {
            FunnelLine(
                rep: row.group, name: name, shown: row.shown, accepted: row.accepted, dismissed: row.dismissed,
                visited: row.visited, converted: row.converted, convertedValue: (row.convertedValue * 100).rounded() / 100,
                acceptance: row.acceptanceRate.map { String(format: "%.0f%%", $0 * 100) } ?? "–")
        }
        let reasons = funnel.total.dismissalReasons
            .map { ReasonCount(reason: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.reason) > ($1.count, $0.reason) }
        return TeamSummary(
            team: team, date: DayRange.isoDay(now), reps: rows, funnelFrom: DayRange.isoDay(windowStart),
            funnel: funnel.rows.map { line($0, name: names[RepID($0.group)] ?? $0.group) },
            funnelTotal: line(funnel.total, name: "Team"), dismissals: reasons, plans: plans,
            pilots: try await pilots(of: ids, names: names, repository: repository))
    }

    /// The pilots with one of `reps` assigned, latest first, with those reps' arms.
    private static func pilots(
        of reps: Set<RepID>, names: [RepID: String], repository: any UptakeRepository
    ) async throws -> [PilotLine] {
        try await repository.pilots().reversed().compactMap { pilot in
            let arms = pilot.design.assignment.entries
                .filter { reps.contains(RepID($0.repID)) }
                .map { PilotLine.Arm(rep: $0.repID, name: names[RepID($0.repID)] ?? $0.repID, arm: $0.arm.rawValue) }
            guard !arms.isEmpty else { return nil }
            return PilotLine(
                id: pilot.id, status: pilot.status.rawValue, planHash: pilot.planHash,
                startsAt: DayRange.isoDay(pilot.startsAt), endsAt: DayRange.isoDay(pilot.endsAt),
                metric: pilot.design.metric.description, arms: arms)
        }
    }
}
