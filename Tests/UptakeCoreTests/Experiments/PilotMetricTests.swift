import Foundation
import Testing
import UptakeCore

@Suite("PilotMetric")
struct PilotMetricTests {
    private typealias F = LedgerFixtures

    private let leads: [LeadID: (owner: RepID?, tier: LeadTier)] = [
        "lead-a": ("rep-1", .bronze), "lead-b": ("rep-1", .gold), "lead-c": ("rep-2", .bronze),
        "lead-s9": ("rep-2", .bronze),
    ]

    private func conversions() throws -> [Conversion] {
        [
            try Conversion(id: "c1", lead: "lead-a", date: F.at(10), value: 100),
            try Conversion(id: "c2", lead: "lead-a", date: F.at(20), value: 50),  // same lead: counted once
            try Conversion(id: "c3", lead: "lead-b", date: F.at(30), value: 1_000),  // gold
            try Conversion(id: "c4", lead: "lead-c", date: F.at(-5), value: 70),  // before the period
        ]
    }

    @Test func theBronzeMetricCountsEachBronzeLeadOnceFromTheCRMAndTheLedger() throws {
        // The ledger reports lead-s9 (rep-2) converted; the CRM does not: it counts for rep-2.
        // It also reports lead-a converted again: the CRM already counted it, so it does not count twice.
        let ledger = try LedgerHistory([
            F.event("e1", "s9", .converted, hours: 40, rep: "rep-2", value: 300),
            try LedgerEvent(id: "e2", suggestion: "sx", rep: "rep-1", lead: "lead-a", kind: .converted,
                            time: F.at(41), value: 999),
        ]).outcomes
        let tallies = PilotMetric.bronzeConversionsPerRepWeek.tallies(
            reps: ["rep-1", "rep-2", "rep-3"], from: F.at(0), to: F.at(24 * 14), conversions: try conversions(),
            leads: leads, ledger: ledger)
        #expect(tallies["rep-1"]?.conversions == 1)
        #expect(tallies["rep-1"]?.value == 150)
        #expect(tallies["rep-2"]?.conversions == 1)
        #expect(tallies["rep-3"] == PilotMetric.Tally())
        #expect(PilotMetric.bronzeConversionsPerRepWeek.value(of: tallies["rep-1"]!, weeks: 2) == 0.5)
    }

    @Test func theRevenueMetricSumsEveryTier() throws {
        let tallies = PilotMetric.revenuePerRep.tallies(
            reps: ["rep-1"], from: F.at(0), to: F.at(24 * 14), conversions: try conversions(), leads: leads,
            ledger: [])
        #expect(PilotMetric.revenuePerRep.value(of: tallies["rep-1"]!, weeks: 2) == 1_150)
        #expect(PilotMetric.revenuePerRep.weeklyScale(weeks: 8) == 8)
    }

    @Test func acceptanceIsAcceptedOverShownAndZeroWhenNothingWasShown() throws {
        let ledger = try LedgerHistory([
            F.event("a", "s1", .shown, hours: 1), F.event("b", "s1", .accepted, hours: 2),
            F.event("c", "s2", .shown, hours: 1), F.event("d", "s3", .shown, hours: 1),
            F.event("e", "s4", .shown, hours: 1000), F.event("f", "s4", .accepted, hours: 1001),
        ]).outcomes
        let rates = PilotMetric.acceptanceRates(reps: ["rep-1", "rep-2"], from: F.at(0), to: F.at(100), ledger: ledger)
        #expect(abs(rates["rep-1"]! - 1.0 / 3) < 1e-12)
        #expect(rates["rep-2"] == 0)
    }
}
