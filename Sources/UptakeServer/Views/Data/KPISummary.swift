import Foundation
import UptakeCore
import UptakeStore

/// The shared KPI page: business results from the store beside the evidence and model health (seams), so
/// that executives and practitioners read the same numbers.
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
    /// SEAM(evidence): the pilot's uplift with its interval, in a sentence and a chart.
    var uplift: PendingSection
    /// SEAM(evidence): the ROI distribution (P10/P50/P90, P(NPV > 0)).
    var roi: PendingSection
    /// SEAM(evidence): adoption trend (accepted / shown per week) from the ledger.
    var adoption: PendingSection
    /// SEAM(scoring): model health (AUC, calibration error, drift) of the promoted model.
    var modelHealth: PendingSection

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
        return KPISummary(
            counts: counts, weeks: weeks, visits: visits.count, conversions: conversions.count,
            revenue: (revenue * 100).rounded() / 100,
            conversionsPerVisit: visits.isEmpty ? nil : Double(conversions.count) / Double(visits.count),
            uplift: .pending("The pilot's measured uplift, with its interval, appears here once a pilot is analysed."),
            roi: .pending("The ROI distribution (P10, P50, P90 and the chance NPV > 0) appears here once a pilot "
                + "is analysed."),
            adoption: .pending("The adoption trend appears here once the suggestion ledger is connected."),
            modelHealth: .pending("Model health (AUC, calibration, drift) appears here once a model is promoted."))
    }
}
