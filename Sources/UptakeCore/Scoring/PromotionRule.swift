/// Whether a candidate model may replace the champion: not when its holdout ROC AUC is lower or its
/// log loss higher than the champion's (both measured on their own holdouts), and not when its metrics
/// are unknown while the champion's are known. `--force` overrides a refusal, and is recorded.
///
/// ```swift
/// let verdict = PromotionRule().verdict(candidate: candidateMetrics, champion: championMetrics)
/// if !verdict.isAllowed && !force { print(verdict.reason) }
/// ```
public struct PromotionRule: Hashable, Sendable {
    /// The decision and its reason.
    public struct Verdict: Hashable, Sendable {
        /// Whether the promotion is allowed without `--force`.
        public var isAllowed: Bool
        /// A sentence naming both models' metrics.
        public var reason: String
    }

    /// The holdout metrics a verdict compares.
    public struct Metrics: Hashable, Sendable {
        /// The model version.
        public var version: String
        /// Holdout ROC AUC (higher is better).
        public var rocAUC: Double
        /// Holdout log loss (lower is better).
        public var logLoss: Double

        /// Makes the metrics of one model.
        ///
        /// - Parameters:
        ///   - version: The version.
        ///   - rocAUC: Its holdout ROC AUC.
        ///   - logLoss: Its holdout log loss.
        public init(version: String, rocAUC: Double, logLoss: Double) {
            self.version = version
            self.rocAUC = rocAUC
            self.logLoss = logLoss
        }

        var text: String {
            rocAUC.isFinite && logLoss.isFinite
                ? "\(version): ROC AUC \(Self.format(rocAUC)), log loss \(Self.format(logLoss))"
                : "\(version): not evaluated"
        }

        private static func format(_ value: Double) -> String {
            let scaled = (value * 10_000).rounded() / 10_000
            return String(describing: scaled)
        }
    }

    /// Makes the rule.
    public init() {}

    /// Decides a promotion.
    ///
    /// - Parameters:
    ///   - candidate: The candidate's metrics (NaN when not evaluated).
    ///   - champion: The champion's metrics, or `nil` when there is no champion.
    /// - Returns: The verdict.
    public func verdict(candidate: Metrics, champion: Metrics?) -> Verdict {
        guard let champion else { return Verdict(isAllowed: true, reason: "no champion yet") }
        let both = "candidate \(candidate.text); champion \(champion.text)"
        if candidate.version == champion.version {
            return Verdict(isAllowed: false, reason: "\(candidate.version) is already the champion")
        }
        let candidateKnown = candidate.rocAUC.isFinite && candidate.logLoss.isFinite
        let championKnown = champion.rocAUC.isFinite && champion.logLoss.isFinite
        if !candidateKnown && championKnown {
            return Verdict(isAllowed: false, reason: "the candidate has no holdout metrics (\(both))")
        }
        if !championKnown { return Verdict(isAllowed: true, reason: "the champion has no holdout metrics (\(both))") }
        var worse: [String] = []
        if candidate.rocAUC < champion.rocAUC { worse.append("lower ROC AUC") }
        if candidate.logLoss > champion.logLoss { worse.append("higher log loss") }
        if worse.isEmpty { return Verdict(isAllowed: true, reason: "not worse on ROC AUC or log loss (\(both))") }
        return Verdict(isAllowed: false, reason: "the candidate has \(worse.joined(separator: " and ")) (\(both))")
    }
}
