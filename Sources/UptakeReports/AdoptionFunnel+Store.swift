import Foundation
import UptakeCore
import UptakeStore

extension AdoptionFunnel {
    /// The adoption funnel over the stored ledger, as `uptake funnel`, the digest and the pages show it.
    ///
    /// Reads the ledger events dated in `[from, to]` (corrections applied) and each rep's team, then counts
    /// with ``AdoptionFunnel/init(outcomes:grouping:teams:from:to:check:)``.
    ///
    /// ```swift
    /// let funnel = try await AdoptionFunnel.load(from: repository, grouping: .team, from: monday, to: sunday)
    /// funnel.total.acceptanceRate
    /// ```
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - grouping: Rows per rep, per team, or one in total.
    ///   - reps: Only these reps' suggestions (nil: everyone's).
    ///   - from: Start of the period, included (nil: no bound).
    ///   - to: End of the period (nil: no bound).
    ///   - check: Which visits are flagged as away from the lead.
    /// - Returns: The funnel.
    /// - Throws: The store's error, or `LedgerError` when the stored ledger breaks its rules.
    public static func load(
        from repository: any UptakeRepository, grouping: FunnelGrouping = .total, reps: Set<RepID>? = nil,
        from: Date? = nil, to: Date? = nil, check: VisitLocationCheck = VisitLocationCheck()
    ) async throws -> AdoptionFunnel {
        let teams = Dictionary(
            try await repository.reps().map { ($0.id, $0.team) }, uniquingKeysWith: { first, _ in first })
        let outcomes = try await outcomes(in: repository, reps: reps, from: from, to: to)
        return AdoptionFunnel(outcomes: outcomes, grouping: grouping, teams: teams, from: from, to: to, check: check)
    }

    /// The outcomes of the suggestions with events dated in `[from, to]` (corrections applied), of `reps` only
    /// when given: what every funnel and dismissal report counts.
    static func outcomes(in repository: any UptakeRepository, reps: Set<RepID>?, from: Date?, to: Date?)
        async throws -> [SuggestionOutcome]
    {
        let outcomes = try LedgerHistory(try await repository.ledgerEvents(from: from, to: to)).outcomes
        guard let reps else { return outcomes }
        return outcomes.filter { reps.contains($0.rep) }
    }
}
