import Foundation

extension PilotMetric {
    /// What a rep's metric is made of in one period: the leads converted and their value.
    public struct Tally: Hashable, Sendable {
        /// Distinct converted leads that count for the metric (bronze only for the bronze metric).
        public var conversions = 0
        /// Their total value.
        public var value = 0.0

        /// A zero tally.
        public init() {}
    }

    /// Each rep's conversions and value over `[from, to)`, CRM and ledger together, each lead once.
    ///
    /// - Parameters:
    ///   - reps: The reps to measure (others are ignored); every one gets a tally, zero when idle.
    ///   - from: Start, included.
    ///   - to: End, excluded.
    ///   - conversions: CRM conversions (any dates; those outside the period are ignored).
    ///   - leads: Each lead's owner and tier, for crediting CRM conversions and for the bronze filter.
    ///   - ledger: Suggestion outcomes; converted ones in the period count for leads the CRM has not
    ///     reported converting in it.
    /// - Returns: A tally per rep.
    public func tallies(
        reps: Set<RepID>, from: Date, to: Date, conversions: [Conversion],
        leads: [LeadID: (owner: RepID?, tier: LeadTier)], ledger: [SuggestionOutcome]
    ) -> [RepID: Tally] {
        var tallies = Dictionary(uniqueKeysWithValues: reps.map { ($0, Tally()) })
        var counted = Set<LeadID>()
        func credit(_ rep: RepID?, lead: LeadID, value: Double, newLead: Bool) {
            guard let rep, reps.contains(rep) else { return }
            if self == .bronzeConversionsPerRepWeek, leads[lead]?.tier != .bronze { return }
            if newLead { tallies[rep]?.conversions += 1 }
            tallies[rep]?.value += value
        }
        for conversion in conversions where conversion.date >= from && conversion.date < to {
            let newLead = counted.insert(conversion.lead).inserted
            credit(leads[conversion.lead]?.owner, lead: conversion.lead, value: conversion.value, newLead: newLead)
        }
        for outcome in ledger {
            guard let date = outcome.convertedAt, date >= from, date < to, !counted.contains(outcome.lead) else {
                continue
            }
            counted.insert(outcome.lead)
            credit(outcome.rep, lead: outcome.lead, value: outcome.convertedValue ?? 0, newLead: true)
        }
        return tallies
    }

    /// The metric's value from a tally over a period of `weeks` weeks.
    ///
    /// - Parameters:
    ///   - tally: The rep's tally.
    ///   - weeks: The period's length in weeks.
    /// - Returns: Conversions per week, or the total value.
    public func value(of tally: Tally, weeks: Double) -> Double {
        switch self {
        case .bronzeConversionsPerRepWeek: Double(tally.conversions) / weeks
        case .revenuePerRep: tally.value
        }
    }

    /// Each rep's acceptance rate over `[from, to)`: suggestions accepted over suggestions shown in the
    /// period, 0 for a rep shown none (a control rep). The compliance measure for the CACE.
    ///
    /// - Parameters:
    ///   - reps: The reps.
    ///   - from: Start, included.
    ///   - to: End, excluded.
    ///   - ledger: Suggestion outcomes.
    /// - Returns: A rate in 0...1 per rep.
    public static func acceptanceRates(
        reps: Set<RepID>, from: Date, to: Date, ledger: [SuggestionOutcome]
    ) -> [RepID: Double] {
        var shown: [RepID: Int] = [:], accepted: [RepID: Int] = [:]
        for outcome in ledger {
            guard let date = outcome.shownAt, date >= from, date < to, reps.contains(outcome.rep) else { continue }
            shown[outcome.rep, default: 0] += 1
            if outcome.isAccepted { accepted[outcome.rep, default: 0] += 1 }
        }
        return Dictionary(uniqueKeysWithValues: reps.map { rep in
            let count = shown[rep] ?? 0
            return (rep, count > 0 ? Double(accepted[rep] ?? 0) / Double(count) : 0)
        })
    }
}
