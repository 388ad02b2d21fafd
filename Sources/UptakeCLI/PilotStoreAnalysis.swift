import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

/// A stored pilot analysed under its frozen plan.
struct PilotStoreAnalysis {
    /// The pilot.
    var pilot: StoredPilot
    /// The analysis.
    var analysis: PilotAnalysis
    /// Weeks of data analysed (the horizon once the pilot is over).
    var weeksObserved: Double
    /// Whether the stored design still hashes to the stored plan hash.
    var hashVerified: Bool
    /// One row per rep: the numbers that went in.
    var observations: [PilotObservation]

    /// Analyses a started pilot from the store.
    ///
    /// - Parameters:
    ///   - id: The pilot's name.
    ///   - repository: The store.
    ///   - asOf: Analyse the data before this instant (capped at the pilot's end).
    /// - Returns: The analysis.
    /// - Throws: `ValidationError` for an unknown or unstarted pilot, or one analysed before its first
    ///   day; ``StatisticsError`` when the data cannot be analysed (an arm with fewer than two reps).
    static func analyze(_ id: String, in repository: any UptakeRepository, asOf: Date) async throws
        -> PilotStoreAnalysis
    {
        guard let pilot = try await repository.pilot(id) else {
            throw ValidationError("no pilot named \(id) (see `uptake pilot create`)")
        }
        guard let stored = pilot.planHash, pilot.status != .draft else {
            throw ValidationError("pilot \(id) has not started: there is no frozen plan to analyse under "
                + "(`uptake pilot start \(id)`)")
        }
        let end = min(asOf, pilot.endsAt)
        guard end > pilot.startsAt else {
            throw ValidationError("pilot \(id) starts on \(DayArgument.format(pilot.startsAt)): no data yet")
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

    /// The plan hash line.
    var hashLine: String {
        "Plan hash: \(pilot.planHash ?? "") "
            + (hashVerified ? "(matches the stored plan)" : "(DOES NOT MATCH the stored plan: the design was altered)")
    }

    /// The analysis as text: headline, hash, the estimates table and the summary.
    var text: String {
        let a = analysis
        var lines = [PilotReport.headline(pilot), hashLine]
        let horizon = Double(pilot.design.plan.horizonWeeks)
        lines.append(weeksObserved < horizon
            ? String(format: "Interim look: %.1f of %.0f weeks; read the always-valid (sequential) interval.",
                     weeksObserved, horizon)
            : String(format: "Complete: %.0f weeks.", horizon))
        lines.append("Metric: \(pilot.design.metric.description); \(a.treatmentCount) treatment reps "
            + String(format: "(mean %.3f), %d control reps (mean %.3f)", a.treatmentMean, a.controlCount, a.controlMean))
        lines.append("")
        lines.append("estimate                         effect     ci_low    ci_high    p_value")
        func row(_ name: String, _ estimate: EffectEstimate?) {
            guard let estimate else { return lines.append(name.padding(toLength: 30, withPad: " ", startingAt: 0) + "  n/a") }
            lines.append(name.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(format: "%9.3f  %9.3f  %9.3f", estimate.estimate, estimate.ciLow, estimate.ciHigh)
                + (estimate.pValue.map { String(format: "  %9.4f", $0) } ?? ""))
        }
        row("ITT (Welch)", a.itt)
        row("CUPED (pre-period adjusted)", a.cuped)
        row("Sequential (always valid)", a.sequential)
        row("CACE (per acceptance)", a.cace)
        row("Relative uplift", a.relative)
        lines.append(String(format: "Randomization p-value %.4f%@; SRM p-value %.4f%@", a.randomizationPValue,
                            a.randomizationIsExact ? " (exact)" : "", a.srmPValue,
                            a.srmFlagged ? " FLAGGED: the arms are not in the planned ratio" : ""))
        lines.append("")
        lines.append(a.summary)
        return lines.joined(separator: "\n")
    }

    /// The analysis JSON (`itt`, `cuped`, `sequential`, `cace`, `relative`, `srm_p_value`, …) with `pilot`,
    /// `status`, `plan_hash`, `plan_hash_verified` and `weeks_observed` added.
    func json() throws -> String {
        let encoder = JSONEncoder()
        var object = try JSONSerialization.jsonObject(with: try encoder.encode(analysis)) as? [String: Any] ?? [:]
        object["pilot"] = pilot.id
        object["status"] = pilot.status.rawValue
        object["plan_hash"] = pilot.planHash
        object["plan_hash_verified"] = hashVerified
        object["weeks_observed"] = weeksObserved
        object["metric"] = pilot.design.metric.rawValue
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
