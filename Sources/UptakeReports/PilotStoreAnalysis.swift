import Foundation
import UptakeCore
import UptakeStore

/// A stored pilot analysed under its frozen plan.
public struct PilotStoreAnalysis: Sendable {
    /// The pilot.
    public var pilot: StoredPilot
    /// The analysis.
    public var analysis: PilotAnalysis
    /// Weeks of data analysed (the horizon once the pilot is over).
    public var weeksObserved: Double
    /// Whether the stored design still hashes to the stored plan hash.
    public var hashVerified: Bool
    /// One row per rep: the numbers that went in.
    public var observations: [PilotObservation]

    /// Analyses a started pilot from the store: each rep's primary metric over the pilot so far and over
    /// as long a pre-period (the CUPED covariate), and each rep's acceptance rate (compliance), under the
    /// plan frozen at the start.
    ///
    /// - Parameters:
    ///   - id: The pilot's name.
    ///   - repository: The store.
    ///   - asOf: Analyse the data before this instant (capped at the pilot's end).
    /// - Returns: The analysis.
    /// - Throws: ``ReportError`` `.notFound` for an unknown pilot, `.notStarted` for a draft, `.noData` for one
    ///   analysed before its first day; `StatisticsError` when the data cannot be analysed (an arm with fewer
    ///   than two reps).
    public static func analyze(_ id: String, in repository: any UptakeRepository, asOf: Date) async throws
        -> PilotStoreAnalysis
    {
        guard let pilot = try await repository.pilot(id) else {
            throw ReportError(.notFound, "no pilot named \(id) (see `uptake pilot create`)")
        }
        guard let stored = pilot.planHash, pilot.status != .draft else {
            throw ReportError(.notStarted, "pilot \(id) has not started: there is no frozen plan to analyse under "
                + "(`uptake pilot start \(id)`)")
        }
        let end = min(asOf, pilot.endsAt)
        guard end > pilot.startsAt else {
            throw ReportError(.noData, "pilot \(id) starts on \(ReportDay.text(pilot.startsAt)): no data yet")
        }
        let design = pilot.design, metric = design.metric
        let weeks = Double(design.plan.horizonWeeks)
        let preStart = pilot.startsAt.addingTimeInterval(-weeks * PilotData.week)
        let data = try await PilotData.load(from: repository, from: preStart, to: end)
        let reps = Set(design.assignment.entries.map { RepID($0.repID) })
        func byID(_ values: [RepID: Double]) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) })
        }
        let during = data.values(metric, reps: reps, from: pilot.startsAt, to: end)
        var pre = data.values(metric, reps: reps, from: preStart, to: pilot.startsAt)
        let observed = end.timeIntervalSince(pilot.startsAt) / PilotData.week
        if metric == .revenuePerRep, observed < weeks {
            // A total over part of the pilot compares with the pre-period's total over as long a stretch.
            pre = pre.mapValues { $0 * observed / weeks }
        }
        let compliance = PilotMetric.acceptanceRates(reps: reps, from: pilot.startsAt, to: end, ledger: data.ledger)
        let observations = design.observations(metric: byID(during), preMetric: byID(pre), compliance: byID(compliance))
        let analysis = try PilotAnalysis(observations: observations, options: design.plan.analysisOptions)
        return PilotStoreAnalysis(
            pilot: pilot, analysis: analysis, weeksObserved: observed,
            hashVerified: (try? design.plan.planHash()) == stored, observations: observations)
    }
}
