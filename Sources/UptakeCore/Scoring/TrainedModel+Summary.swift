import Foundation

extension TrainedModel {
    /// The kept candidate in words and, when training compared several, every candidate's validation log
    /// loss: `trees on a logistic base (validation log loss: trees 0.3767, trees on a logistic base 0.3293)`.
    /// A model saved before candidates existed is described by whether it has a base.
    public var candidateSummary: String {
        guard let candidates, let chosen = candidates.first(where: \.chosen) else {
            return linearBase == nil ? ModelCandidate.Kind.trees.label : ModelCandidate.Kind.treesOnLinearBase.label
        }
        guard candidates.count > 1 else { return chosen.kind.label }
        let losses = candidates.map { "\($0.kind.label) \(String(format: "%.4f", $0.validationLogLoss))" }
        return chosen.kind.label + " (validation log loss: " + losses.joined(separator: ", ") + ")"
    }

    /// How the logistic base weighted its rows, or nil without a base: `equal weights`, or `weighted by
    /// recency, half-life 8238 rows; inputs moved: nr.employed, cons.conf.idx, emp.var.rate and 6 more`.
    public var baseWeightsSummary: String? {
        guard let base = linearBase else { return nil }
        guard let halfLife = base.recencyHalfLife else { return "equal weights" }
        let drifted = base.driftedInputs ?? []
        let moved = drifted.isEmpty ? "" : "; inputs moved: " + drifted.prefix(3).joined(separator: ", ")
            + (drifted.count > 3 ? " and \(drifted.count - 3) more" : "")
        return "weighted by recency, half-life \(Int(halfLife.rounded())) rows" + moved
    }
}
