import Foundation
import UptakeCore
import UptakeStore

/// What a pilot's design and analysis read from the store: each lead's owner and tier, the CRM
/// conversions and the ledger's suggestion outcomes over a range of dates.
public struct PilotData: Sendable {
    /// Each lead's owner and tier.
    public var leads: [LeadID: LeadInfo]
    /// CRM conversions in the range.
    public var conversions: [Conversion]
    /// Outcomes of the suggestions with events in the range (corrections applied).
    public var ledger: [SuggestionOutcome]

    /// A lead's owner and tier.
    public struct LeadInfo: Sendable {
        /// The owning rep, if any.
        public var owner: RepID?
        /// The lead's tier.
        public var tier: LeadTier
    }

    /// A week in seconds: pilots run in whole weeks from their start.
    public static let week: TimeInterval = 7 * 86_400

    /// Loads everything over `[from, to)`.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - from: Start, included.
    ///   - to: End, excluded.
    /// - Returns: The data.
    /// - Throws: The database's error, or ``LedgerError`` when the stored ledger breaks its rules.
    public static func load(from repository: any UptakeRepository, from: Date, to: Date) async throws -> PilotData {
        var leads: [LeadID: LeadInfo] = [:]
        for lead in try await StoredLeads.all(in: repository) {
            leads[lead.id] = LeadInfo(owner: lead.owner, tier: lead.tier)
        }
        let conversions = try await repository.conversions(from: from, to: to)
        let ledger = try LedgerHistory(try await repository.ledgerEvents(from: from, to: to)).outcomes
        return PilotData(leads: leads, conversions: conversions, ledger: ledger)
    }

    /// Each rep's metric over `[from, to)`.
    ///
    /// - Parameters:
    ///   - metric: The metric.
    ///   - reps: The reps.
    ///   - from: Start.
    ///   - to: End.
    /// - Returns: The value per rep (zero for idle reps).
    public func values(_ metric: PilotMetric, reps: Set<RepID>, from: Date, to: Date) -> [RepID: Double] {
        let tallies = metric.tallies(
            reps: reps, from: from, to: to, conversions: conversions,
            leads: leads.mapValues { (owner: $0.owner, tier: $0.tier) }, ledger: ledger)
        let weeks = to.timeIntervalSince(from) / Self.week
        return tallies.mapValues { metric.value(of: $0, weeks: weeks) }
    }

    /// Each rep's weekly values (conversions or value per week) for `weeks` weeks from `from`.
    ///
    /// - Parameters:
    ///   - metric: The metric.
    ///   - reps: The reps.
    ///   - from: Start of the first week.
    ///   - weeks: How many weeks.
    /// - Returns: Weekly values per rep, oldest first.
    public func weekly(_ metric: PilotMetric, reps: Set<RepID>, from: Date, weeks: Int) -> [RepID: [Double]] {
        let info = leads.mapValues { (owner: $0.owner, tier: $0.tier) }
        var series = Dictionary(uniqueKeysWithValues: reps.map { ($0, [Double]()) })
        for week in 0..<weeks {
            let start = from.addingTimeInterval(Double(week) * Self.week)
            let tallies = metric.tallies(reps: reps, from: start, to: start.addingTimeInterval(Self.week),
                                         conversions: conversions, leads: info, ledger: ledger)
            for (rep, tally) in tallies {
                // Weekly series are per week whatever the metric: a count, or the week's value.
                series[rep]?.append(metric == .revenuePerRep ? tally.value : Double(tally.conversions))
            }
        }
        return series
    }
}
