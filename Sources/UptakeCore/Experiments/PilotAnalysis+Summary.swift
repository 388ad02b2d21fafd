import Foundation

extension PilotAnalysis {
    /// The plain-language summary: the ITT effect with its interval first, then what qualifies it.
    ///
    /// - Parameter metric: What the metric counts ("bronze leads converted a week").
    /// - Returns: A few sentences, numbers rounded to two decimals.
    func summarySentence(metric: String) -> String {
        let level = Self.format(confidenceLevel * 100, digits: 0)
        let direction = itt.estimate >= 0 ? "more" : "fewer"
        var parts = [
            "Treatment reps averaged \(Self.format(abs(itt.estimate))) \(direction) \(metric) than control reps "
                + "(\(level)% CI \(Self.format(itt.ciLow)) to \(Self.format(itt.ciHigh)); "
                + "randomization \(Self.formatPValue(randomizationPValue)))."
        ]
        if let relative {
            let percent = { (value: Double) in Self.format(value * 100, digits: 1) + "%" }
            parts.append("That is \(percent(relative.estimate)) relative to control "
                + "(\(percent(relative.ciLow)) to \(percent(relative.ciHigh))).")
        }
        if let cuped, let reduction = cupedVarianceReduction {
            parts.append("Adjusted for the pre-period, the effect is \(Self.format(cuped.estimate)) "
                + "(\(Self.format(cuped.ciLow)) to \(Self.format(cuped.ciHigh))), "
                + (reduction >= 0
                    ? "\(Self.format(reduction * 100, digits: 0))% less variance."
                    : "\(Self.format(-reduction * 100, digits: 0))% more variance (the pre-period did not help)."))
        }
        if let cace {
            parts.append("Among reps who take up the suggestions, the effect is \(Self.format(cace.estimate)) "
                + "(\(Self.format(cace.ciLow)) to \(Self.format(cace.ciHigh))).")
        }
        let peeking = sequential.excludesZero ? "excludes" : "includes"
        parts.append("The always-valid interval, safe for weekly looks, is \(Self.format(sequential.ciLow)) to "
            + "\(Self.format(sequential.ciHigh)) and \(peeking) zero.")
        if srmFlagged {
            parts.append("Warning: the arm sizes (\(treatmentCount) vs \(controlCount)) do not fit the planned "
                + "allocation (SRM p = \(Self.format(srmPValue, digits: 4))); do not trust these numbers until "
                + "the assignment is checked.")
        }
        return parts.joined(separator: " ")
    }

    /// "p = 0.012", or "p < 0.001" rather than a misleading "p = 0.000".
    static func formatPValue(_ p: Double) -> String {
        p < 0.001 ? "p < 0.001" : "p = \(format(p, digits: 3))"
    }

    static func format(_ value: Double, digits: Int = 2) -> String {
        let text = String(format: "%.\(digits)f", value)
        // "-0.00" reads as a sign error to a non-statistician.
        return Double(text) == 0 ? String(format: "%.\(digits)f", 0.0) : text
    }
}
