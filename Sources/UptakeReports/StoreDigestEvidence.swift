import Foundation
import UptakeCore
import UptakeStore

/// The digest's seams computed from the store, through the same reports the CLI and the pages use: the
/// funnel and dismissals from the ledger (``AdoptionFunnel/load(from:grouping:reps:from:to:check:)``), the
/// latest started pilot's read-out (``PilotStoreAnalysis``), the ROI priced from its ITT uplift
/// (``RolloutROI``), and the champion's health (``ModelHealthLoader``).
public struct StoreDigestEvidence: DigestEvidence {
    /// The rollout the ROI update prices (default: ``RolloutROI/demoModel``).
    public var rollout: RolloutModel
    /// Monte Carlo draws of the ROI.
    public var draws: Int
    /// The ROI Monte Carlo's seed (fixed, so the same data gives the same figures everywhere).
    public var seed: UInt64
    /// How model health is read (drift window, thresholds).
    public var health: ModelHealthLoader
    /// Verbatim dismissal comments quoted at most.
    public var commentLimit: Int

    /// Makes the evidence.
    ///
    /// - Parameters:
    ///   - rollout: The rollout priced (default: the demo's assumptions).
    ///   - draws: Monte Carlo draws.
    ///   - seed: The Monte Carlo's seed.
    ///   - health: How model health is read.
    ///   - commentLimit: Verbatim comments quoted at most.
    public init(
        rollout: RolloutModel = RolloutROI.demoModel, draws: Int = RolloutROI.defaultDraws, seed: UInt64 = 1,
        health: ModelHealthLoader = ModelHealthLoader(), commentLimit: Int = 3
    ) {
        self.rollout = rollout
        self.draws = draws
        self.seed = seed
        self.health = health
        self.commentLimit = commentLimit
    }

    public func funnel(reps: Set<RepID>?, week: ISOWeek, repository: any UptakeRepository) async throws
        -> FunnelCounts?
    {
        FunnelCounts(try await AdoptionFunnel.load(from: repository, reps: reps, from: week.start, to: week.end).total)
    }

    public func dismissals(reps: Set<RepID>?, week: ISOWeek, repository: any UptakeRepository) async throws
        -> (reasons: [DismissalReasonCount], comments: [String])
    {
        let outcomes = try await AdoptionFunnel.outcomes(in: repository, reps: reps, from: week.start, to: week.end)
            .filter { $0.firstTime >= week.start && $0.firstTime < week.end }
        var counts: [String: Int] = [:]
        var comments: [(time: Date, text: String)] = []
        for outcome in outcomes {
            guard case .dismissed(let reason, let note)? = outcome.decision else { continue }
            counts[reason, default: 0] += 1
            let text = (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { comments.append((outcome.firstTime, text)) }
        }
        let total = counts.values.reduce(0, +)
        let reasons = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { DismissalReasonCount(reason: $0.key, count: $0.value, totalDismissals: total) }
        // The most recent comments, verbatim.
        let quoted = comments.sorted { ($1.time, $0.text) < ($0.time, $1.text) }.prefix(commentLimit).map(\.text)
        return (reasons, Array(quoted))
    }

    public func pilot(asOf: Date, repository: any UptakeRepository) async throws -> PilotEstimate? {
        guard let result = try await latestPilot(asOf: asOf, repository: repository) else { return nil }
        return Self.estimate(result)
    }

    public func roi(asOf: Date, repository: any UptakeRepository) async throws -> ROISummary? {
        guard let result = try await latestPilot(asOf: asOf, repository: repository) else { return nil }
        return try RolloutROI(model: rollout, uplift: result.analysis.itt, draws: draws, seed: seed).summary
    }

    public func modelHealth(asOf: Date, repository: any UptakeRepository) async throws -> ModelHealthReport? {
        try await health.load(asOf: asOf, repository: repository)?.report
    }

    /// A stored pilot's analysis as the KPIs read it: the ITT uplift with its interval and the SRM p-value.
    ///
    /// - Parameter result: The analysis.
    /// - Returns: The read-out.
    public static func estimate(_ result: PilotStoreAnalysis) -> PilotEstimate {
        let analysis = result.analysis
        return PilotEstimate(
            name: result.pilot.id, metric: result.pilot.design.metric.description, uplift: analysis.itt,
            confidenceLevel: 1 - result.pilot.design.plan.alpha, sampleRatioPValue: analysis.srmPValue,
            treatmentReps: analysis.treatmentCount, controlReps: analysis.controlCount)
    }

    /// The analysis of the pilot started most recently before `asOf`, or nil when none has data yet.
    private func latestPilot(asOf: Date, repository: any UptakeRepository) async throws -> PilotStoreAnalysis? {
        let started = try await repository.pilots()
            .filter { $0.status != .draft && $0.planHash != nil && $0.startsAt < asOf }
            .max { ($0.startsAt, $0.id) < ($1.startsAt, $1.id) }
        guard let pilot = started else { return nil }
        return try await PilotStoreAnalysis.analyze(pilot.id, in: repository, asOf: asOf)
    }
}
