import Foundation
import UptakeCore
import UptakeStore

/// How pilots are printed: the headline with the plan hash, the assignment, the balance table, the power.
enum PilotReport {
    /// One line: name, status, period, hash.
    static func headline(_ pilot: StoredPilot) -> String {
        let end = DayArgument.format(pilot.endsAt.addingTimeInterval(-1))
        return "Pilot \(pilot.id): \(pilot.status.rawValue), \(DayArgument.format(pilot.startsAt)) to \(end) "
            + "(\(pilot.design.plan.horizonWeeks) weeks), plan hash: \(hashText(pilot))"
    }

    /// The stored hash, or why there is none.
    static func hashText(_ pilot: StoredPilot) -> String {
        pilot.planHash ?? "not frozen (draft; `uptake pilot start \(pilot.id)` freezes it)"
    }

    /// The design as text: headline, plan, arms with strata, balance, power.
    static func design(_ pilot: StoredPilot) -> String {
        let design = pilot.design, plan = design.plan
        var lines = [headline(pilot)]
        lines.append("Metric: \(design.metric.rawValue) (\(design.metric.description)); alpha \(plan.alpha); "
            + "seed \(plan.seed); strata: team x baseline tercile")
        let entries = design.assignment.entries
        let treated = entries.filter { $0.arm == .treatment }.count
        lines.append("Reps: \(entries.count) (\(treated) treatment, \(entries.count - treated) control)")
        lines.append("")
        lines.append("rep".padding(toLength: 24, withPad: " ", startingAt: 0) + "arm        stratum")
        for entry in entries {
            lines.append(entry.repID.padding(toLength: 24, withPad: " ", startingAt: 0)
                + entry.arm.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0) + entry.stratum)
        }
        lines.append("")
        lines.append("Balance (SMD = standardized mean difference; |SMD| < 0.1 is customary, small pilots vary more):")
        lines.append("covariate".padding(toLength: 28, withPad: " ", startingAt: 0) + "  treatment    control      SMD")
        for row in design.assignment.balance.rows {
            lines.append(row.covariate.padding(toLength: 28, withPad: " ", startingAt: 0)
                + String(format: "%11.3f%11.3f%9.3f", row.treatmentMean, row.controlMean, row.standardizedMeanDifference))
        }
        let power = design.power
        lines.append("")
        lines.append(String(
            format: "Power: ICC %.3f%@, design effect 1 + (%d - 1) x ICC = %.3f, SD per rep-week %.3f",
            power.icc, power.iccEstimated ? "" : " (not estimable from history; 0 used)", power.weeks,
            power.designEffect, power.standardDeviation))
        if let mde = power.minimumDetectableEffect {
            let relative = power.minimumDetectableRelative.map { String(format: " (%.0f%% of baseline)", $0 * 100) } ?? ""
            lines.append(String(format: "Minimum detectable effect at 80%% power: %.3f %@%@", mde,
                                design.metric.description, relative))
        } else {
            lines.append("Minimum detectable effect: not computable (no variation in the history)")
        }
        return lines.joined(separator: "\n")
    }

    /// A pilot's stored fields, for JSON.
    struct Summary: Encodable {
        var id: String
        var status: String
        var planHash: String?
        var startsAt: Date
        var endsAt: Date
        var startedAt: Date?
        var finishedAt: Date?
        var design: PilotDesign
        var adoptionByArm: [FunnelRow]?

        init(_ pilot: StoredPilot) {
            id = pilot.id
            status = pilot.status.rawValue
            planHash = pilot.planHash
            startsAt = pilot.startsAt
            endsAt = pilot.endsAt
            startedAt = pilot.startedAt
            finishedAt = pilot.finishedAt
            design = pilot.design
        }

        enum CodingKeys: String, CodingKey {
            case id, status, planHash = "plan_hash", startsAt = "starts_at", endsAt = "ends_at"
            case startedAt = "started_at", finishedAt = "finished_at", design, adoptionByArm = "adoption_by_arm"
        }
    }

    /// A pilot as JSON, with its adoption by arm when given.
    static func json(_ pilot: StoredPilot, funnelByArm: AdoptionFunnel? = nil) throws -> String {
        var summary = Summary(pilot)
        summary.adoptionByArm = funnelByArm?.rows
        return try encode(summary)
    }

    /// Sorted-key JSON with ISO 8601 dates.
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
