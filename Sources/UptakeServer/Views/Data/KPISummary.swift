import Foundation
import UptakeCore
import UptakeReports
import UptakeStore

/// The shared KPI page: business results from the store beside the pilot's result, the ROI and the adoption
/// trend (computed by UptakeReports, as the CLI computes them) and the champion model, so that executives and
/// practitioners read the same numbers.
struct KPISummary: Codable, Sendable {
    /// One week of results.
    struct Week: Codable, Sendable, Equatable {
        var start: String
        var visits: Int
        var conversions: Int
        var revenue: Double
    }

    var counts: TableCounts
    var weeks: [Week]
    var visits: Int
    var conversions: Int
    var revenue: Double
    /// Conversions per visit over the weeks shown, or nil without visits.
    var conversionsPerVisit: Double?
    /// The latest started pilot's result and the ROI priced from it (UptakeReports), or nil with `pilotNote`.
    var pilot: PilotResult?
    /// Why there is no pilot result, when there is none.
    var pilotNote: String?
    /// The adoption funnel of each of the 12 weeks (UptakeReports' ``AdoptionFunnel``), oldest first.
    var adoption: [AdoptionWeek]
    /// The champion model as the registry stores it.
    var model: ModelGlance?
    /// The champion's health (UptakeReports' `ModelHealthLoader`), or nil with `modelHealthNote`.
    var modelHealth: ModelHealthGlance?
    /// Why there is no health report, when there is none.
    var modelHealthNote: String?

    /// One week of the adoption trend.
    struct AdoptionWeek: Codable, Sendable, Equatable {
        var start: String
        var shown: Int
        var accepted: Int
        var visited: Int
        /// Accepted of shown, or nil when nothing was shown.
        var acceptanceRate: Double?
    }

    /// The champion at a glance: its holdout metrics as the registry recorded them at training.
    struct ModelGlance: Codable, Sendable, Equatable {
        var id: String
        var createdAt: String
        var rocAUC: Double?
        var brier: Double?
        var ece: Double?
        var rowsTrain: Int?
    }

    /// How many weeks the trend covers.
    static let weekCount = 12

    /// Loads the KPIs for the weeks before `now`; one repository call per section.
    ///
    /// - Parameters:
    ///   - now: The current time (the last week ends here).
    ///   - repository: The store.
    /// - Returns: The summary.
    /// - Throws: The database's error.
    static func load(now: Date, repository: any UptakeRepository) async throws -> KPISummary {
        let counts = try await repository.counts()
        let week: TimeInterval = 7 * 86_400
        let start = now.addingTimeInterval(-Double(weekCount) * week)
        let visits = try await repository.visits(rep: nil, from: start, to: now)
        let conversions = try await repository.conversions(from: start, to: now)
        var weeks = (0..<weekCount).map { index in
            Week(start: DayRange.isoDay(start.addingTimeInterval(Double(index) * week)), visits: 0, conversions: 0,
                 revenue: 0)
        }
        func index(_ date: Date) -> Int { min(weekCount - 1, max(0, Int(date.timeIntervalSince(start) / week))) }
        for visit in visits { weeks[index(visit.time)].visits += 1 }
        for conversion in conversions {
            weeks[index(conversion.date)].conversions += 1
            weeks[index(conversion.date)].revenue += conversion.value
        }
        let revenue = conversions.reduce(0) { $0 + $1.value }
        let (pilot, pilotNote) = try await PilotResult.latest(repository: repository, now: now)
        let (health, healthNote) = try await ModelHealthGlance.load(repository: repository, now: now)
        return KPISummary(
            counts: counts, weeks: weeks, visits: visits.count, conversions: conversions.count,
            revenue: (revenue * 100).rounded() / 100,
            conversionsPerVisit: visits.isEmpty ? nil : Double(conversions.count) / Double(visits.count),
            pilot: pilot, pilotNote: pilotNote,
            adoption: try await adoption(start: start, repository: repository),
            model: try await champion(repository: repository),
            modelHealth: health, modelHealthNote: healthNote)
    }

    /// The weekly adoption funnel, one UptakeReports call per week (the funnel's cohort rule: a suggestion
    /// counts in the week of its first event).
    private static func adoption(start: Date, repository: any UptakeRepository) async throws -> [AdoptionWeek] {
        let week: TimeInterval = 7 * 86_400
        var weeks: [AdoptionWeek] = []
        for index in 0..<weekCount {
            let from = start.addingTimeInterval(Double(index) * week)
            let total = try await AdoptionFunnel.load(from: repository, from: from, to: from + week).total
            weeks.append(AdoptionWeek(
                start: DayRange.isoDay(from), shown: total.shown, accepted: total.accepted, visited: total.visited,
                acceptanceRate: total.acceptanceRate))
        }
        return weeks
    }

    /// The champion model's registry entry, or nil when none is promoted.
    private static func champion(repository: any UptakeRepository) async throws -> ModelGlance? {
        guard let id = try await repository.championVersion(), let version = try await repository.modelVersion(id)
        else { return nil }
        return ModelGlance(
            id: version.id, createdAt: DayRange.isoDay(version.createdAt), rocAUC: version.metrics?.rocAUC,
            brier: version.metrics?.brier, ece: version.metrics?.ece, rowsTrain: version.metrics?.rowsTrain)
    }
}
