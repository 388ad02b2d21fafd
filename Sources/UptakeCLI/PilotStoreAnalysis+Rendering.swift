import Foundation
import UptakeCore
import UptakeReports

/// How `uptake pilot analyze` and `uptake demo pilot` print a stored pilot's analysis.
extension PilotStoreAnalysis {
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
}
