import Testing
import UptakeCore

@Suite("SuggestionOutcome")
struct SuggestionOutcomeTests {
    private typealias F = LedgerFixtures

    @Test func theLaterOfAcceptedAndDismissedIsTheDecision() throws {
        let changedMind = SuggestionOutcome.resolve([
            F.event("e1", "s1", .accepted, hours: 9),
            F.event("e2", "s1", .dismissed, hours: 10, reason: "no_time", note: "ran late"),
        ])
        #expect(changedMind.first?.decision == .dismissed(reason: "no_time", note: "ran late"))
        // Recorded out of order: the event with the later time still wins.
        let lateEntry = SuggestionOutcome.resolve([
            F.event("e1", "s1", .accepted, hours: 10),
            F.event("e2", "s1", .dismissed, hours: 9, reason: "no_time"),
        ])
        #expect(lateEntry.first?.isAccepted == true)
        // Same time: the later-recorded one wins.
        let tie = SuggestionOutcome.resolve([
            F.event("e1", "s1", .dismissed, hours: 9, reason: "too_far"), F.event("e2", "s1", .accepted, hours: 9),
        ])
        #expect(tie.first?.isAccepted == true)
    }

    @Test func theLatestVisitAndConversionCountAndTheFirstShowingDatesTheSuggestion() throws {
        let outcomes = SuggestionOutcome.resolve([
            F.event("e0", "s2", .shown, hours: 1, rep: "rep-2"),
            F.event("e1", "s1", .shown, hours: 8),
            F.event("e2", "s1", .shown, hours: 7),
            F.event("e3", "s1", .visited, hours: 11, distance: 900),
            F.event("e4", "s1", .visited, hours: 12, distance: 40),
            F.event("e5", "s1", .converted, hours: 50, value: 100),
            F.event("e6", "s1", .converted, hours: 60, value: 250),
        ])
        #expect(outcomes.map(\.suggestion) == ["s2", "s1"])  // order of first event
        let s1 = outcomes[1]
        #expect(s1.shownAt == F.at(7))
        #expect(s1.firstTime == F.at(7))
        #expect(s1.visitedAt == F.at(12))
        #expect(s1.visitDistanceMetres == 40)
        #expect(s1.convertedValue == 250)
        #expect(s1.decision == nil)
        #expect(outcomes[0].rep == "rep-2")
    }
}
