import Testing
import UptakeCore

@Suite("AdoptionFunnel")
struct AdoptionFunnelTests {
    private typealias F = LedgerFixtures

    /// Three reps in two teams; rep-3's only suggestion is a week later.
    private func outcomes() throws -> [SuggestionOutcome] {
        try LedgerHistory([
            // rep-1: s1 shown, accepted, visited near, converted 1,000; s2 shown, dismissed too_far.
            F.event("a1", "s1", .shown, hours: 8), F.event("a2", "s1", .accepted, hours: 8.5),
            F.event("a3", "s1", .visited, hours: 11, distance: 50), F.event("a4", "s1", .converted, hours: 40, value: 1_000),
            F.event("b1", "s2", .shown, hours: 8), F.event("b2", "s2", .dismissed, hours: 9, reason: "too_far"),
            // rep-2: s3 shown, accepted, visited 2 km away (flagged); s4 shown, dismissed, corrected to no_time.
            F.event("c1", "s3", .shown, hours: 8, rep: "rep-2"), F.event("c2", "s3", .accepted, hours: 9, rep: "rep-2"),
            F.event("c3", "s3", .visited, hours: 13, rep: "rep-2", distance: 2_000),
            F.event("d1", "s4", .shown, hours: 8, rep: "rep-2"),
            F.event("d2", "s4", .dismissed, hours: 9, rep: "rep-2", reason: "too_far"),
            F.event("d3", "s4", .dismissed, hours: 9, rep: "rep-2", reason: "no_time", supersedes: "d2"),
            // rep-3, next week: s5 shown, accepted.
            F.event("e1", "s5", .shown, hours: 176, rep: "rep-3"), F.event("e2", "s5", .accepted, hours: 177, rep: "rep-3"),
        ]).outcomes
    }

    private let teams: [RepID: String] = ["rep-1": "north", "rep-2": "north", "rep-3": "south"]

    @Test func perRepCountsEveryStageAndEachDismissalReason() throws {
        let funnel = AdoptionFunnel(outcomes: try outcomes(), grouping: .rep, teams: teams)
        #expect(funnel.rows.map(\.group) == ["rep-1", "rep-2", "rep-3"])
        let rep1 = funnel.rows[0], rep2 = funnel.rows[1]
        #expect([rep1.shown, rep1.accepted, rep1.dismissed, rep1.visited, rep1.converted] == [2, 1, 1, 1, 1])
        #expect(rep1.convertedValue == 1_000)
        #expect(rep1.dismissalReasons == ["too_far": 1])
        #expect(rep1.visitsFlagged == 0)
        #expect(rep2.dismissalReasons == ["no_time": 1])  // the corrected reason, not the superseded one
        #expect(rep2.visitsFlagged == 1)
        #expect(rep2.acceptanceRate == 0.5)
        #expect(rep2.visitRate == 1)
        #expect(rep2.conversionRate == 0)
        #expect(funnel.total.shown == 5)
        #expect(funnel.total.accepted == 3)
    }

    @Test func perTeamWithinAPeriodCountsSuggestionsByTheirFirstEvent() throws {
        let firstWeek = AdoptionFunnel(outcomes: try outcomes(), grouping: .team, teams: teams,
                                       from: F.at(0), to: F.at(168))
        #expect(firstWeek.rows.map(\.group) == ["north"])
        // s1's conversion at hour 40 counts: it belongs to s1, shown in the period.
        #expect(firstWeek.rows[0].converted == 1)
        #expect(firstWeek.total.shown == 4)
        let all = AdoptionFunnel(outcomes: try outcomes(), grouping: .team, teams: ["rep-1": "north"])
        #expect(all.rows.map(\.group) == ["(no team)", "north"])
        let total = AdoptionFunnel(outcomes: try outcomes(), grouping: .total)
        #expect(total.rows == [total.total])
        #expect(total.total.dismissalReasons == ["too_far": 1, "no_time": 1])
        let wider = AdoptionFunnel(outcomes: try outcomes(), grouping: .total, check: VisitLocationCheck(radiusMetres: 5_000))
        #expect(wider.total.visitsFlagged == 0)
    }

    @Test func anEmptyStageGivesNoRate() {
        let row = FunnelRow(group: "x")
        #expect(row.acceptanceRate == nil)
        #expect(row.visitRate == nil)
    }
}
