import Foundation
import UptakeCore

/// The plain-text form of pulse results, for the terminal.
enum PulseResultsText {
    /// What a suppressed group shows instead of figures.
    static let suppressedLabel = "suppressed (under 5 answers, or would reveal a group that is)"

    /// Renders results.
    ///
    /// - Parameters:
    ///   - results: The (already suppressed) results.
    ///   - survey: The survey.
    /// - Returns: Lines of text.
    static func render(_ results: PulseResults, survey: PulseSurvey) -> String {
        var lines: [String] = []
        if survey.isSimulated || results.includesSimulated { lines.append("SIMULATED DATA: not real answers.") }
        lines.append("\(survey.title) (\(survey.id))")
        let header = "group".padding(toLength: 16, withPad: " ", startingAt: 0) + "answers  "
            + PulseItem.allCases.map { $0.label.padding(toLength: 13, withPad: " ", startingAt: 0) }.joined()
        func row(_ group: PulseGroupResult) -> String {
            let name = group.name.padding(toLength: 16, withPad: " ", startingAt: 0)
            guard let summary = group.summary else { return name + Self.suppressedLabel }
            return name + String(summary.answers).padding(toLength: 9, withPad: " ", startingAt: 0)
                + summary.means.map { String(format: "%.2f", $0.mean).padding(toLength: 13, withPad: " ", startingAt: 0) }
                    .joined()
        }
        lines += ["", "By role", header] + results.byRole.map(row)
        lines += ["", "By team (front line: practitioners and reps)", header] + results.byTeam.map(row)
        lines.append("")
        if let gap = results.gap {
            lines.append("Confidence gap, executives minus front line: " + Self.gapText(gap))
        } else {
            lines.append("Confidence gap, executives minus front line: \(results.gapNote ?? "not shown")")
        }
        for gap in results.teamGaps { lines.append("  executives minus \(gap.group): " + Self.gapText(gap)) }
        if !results.comments.isEmpty {
            lines += ["", "Comments (unattributed)"] + results.comments.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    /// "+0.31 (95% CI −0.33 to +0.94)".
    static func gapText(_ gap: ConfidenceGap) -> String {
        func signed(_ value: Double) -> String { (value >= 0 ? "+" : "−") + String(format: "%.2f", abs(value)) }
        let level = Int((gap.confidenceLevel * 100).rounded())
        return "\(signed(gap.gap.estimate)) (\(level)% CI \(signed(gap.gap.ciLow)) to \(signed(gap.gap.ciHigh)))"
    }
}
