import Foundation
import UptakeCore
import UptakeStore

/// The seams of the weekly digest: the figures other parts of Uptake produce (the suggestion ledger, the
/// pilot analysis, ROI, model health). ``StoreDigestEvidence`` computes them from the store; a seam that
/// returns nil makes the digest say plainly that the part is not measured.
public protocol DigestEvidence: Sendable {
    /// The suggestion funnel of these reps (nil: everyone) in a week, from the ledger's events.
    func funnel(reps: Set<RepID>?, week: ISOWeek, repository: any UptakeRepository) async throws -> FunnelCounts?
    /// Dismissal reasons (most frequent first) and a few verbatim comments, from the ledger.
    func dismissals(reps: Set<RepID>?, week: ISOWeek, repository: any UptakeRepository) async throws
        -> (reasons: [DismissalReasonCount], comments: [String])
    /// The running pilot's read-out at the end of the week (PilotAnalysis → PilotEstimate).
    func pilot(asOf: Date, repository: any UptakeRepository) async throws -> PilotEstimate?
    /// The ROI summary at a date (ROIDistribution from the pilot's uplift → ROISummary).
    func roi(asOf: Date, repository: any UptakeRepository) async throws -> ROISummary?
    /// The champion model's health at a date (FeatureProfile.drift + RealizedPerformance → ModelHealthReport).
    func modelHealth(asOf: Date, repository: any UptakeRepository) async throws -> ModelHealthReport?
}

/// No evidence: every seam answers "not measured" (for tests and for a digest of the business figures only).
public struct UnwiredDigestEvidence: DigestEvidence {
    /// Makes the empty evidence.
    public init() {}

    public func funnel(reps: Set<RepID>?, week: ISOWeek, repository: any UptakeRepository) async throws
        -> FunnelCounts?
    {
        nil
    }

    public func dismissals(reps: Set<RepID>?, week: ISOWeek, repository: any UptakeRepository) async throws
        -> (reasons: [DismissalReasonCount], comments: [String])
    {
        ([], [])
    }

    public func pilot(asOf: Date, repository: any UptakeRepository) async throws -> PilotEstimate? { nil }

    public func roi(asOf: Date, repository: any UptakeRepository) async throws -> ROISummary? { nil }

    public func modelHealth(asOf: Date, repository: any UptakeRepository) async throws -> ModelHealthReport? {
        nil
    }
}
