import Testing
import UptakeCore

@Suite("LedgerHistory")
struct LedgerHistoryTests {
    private typealias F = LedgerFixtures

    @Test func aCorrectionReplacesTheEventItSupersedes() throws {
        let history = try LedgerHistory([
            F.event("e1", "s1", .shown, hours: 8),
            F.event("e2", "s1", .accepted, hours: 9),
            F.event("e3", "s1", .dismissed, hours: 9, reason: "no_time", supersedes: "e2"),
        ])
        #expect(history.eventsInForce.map(\.id) == ["e1", "e3"])
        let outcome = try #require(history.outcomes.first)
        #expect(outcome.decision == .dismissed(reason: "no_time", note: nil))
    }

    @Test func aRetractionWithdrawsAnEventWithoutReplacingIt() throws {
        let history = try LedgerHistory([
            F.event("e1", "s1", .shown, hours: 8),
            F.event("e2", "s1", .converted, hours: 30, value: 500),
            F.event("e3", "s1", .retracted, hours: 31, note: "wrong lead", supersedes: "e2"),
        ])
        #expect(history.eventsInForce.map(\.id) == ["e1"])
        #expect(history.outcomes.first?.convertedAt == nil)
        #expect(history.events.count == 3)  // nothing is removed from the record
    }

    @Test func correctionsMustNameAnEarlierEventOnTheSameSuggestionNotYetSuperseded() throws {
        var history = try LedgerHistory([F.event("e1", "s1", .accepted, hours: 9), F.event("e2", "s2", .shown, hours: 9)])
        #expect(throws: LedgerError.self) { try history.append(F.event("e1", "s1", .shown, hours: 10)) }
        #expect(throws: LedgerError.self) {
            try history.append(F.event("e3", "s1", .dismissed, hours: 10, reason: "x", supersedes: "e9"))
        }
        #expect(throws: LedgerError.self) {
            try history.append(F.event("e3", "s1", .dismissed, hours: 10, reason: "x", supersedes: "e2"))
        }
        try history.append(F.event("e3", "s1", .dismissed, hours: 10, reason: "x", supersedes: "e1"))
        #expect(throws: LedgerError.self) {
            try history.append(F.event("e4", "s1", .retracted, hours: 11, supersedes: "e1"))
        }
        #expect(history.contains("e3"))
        #expect(history.events.count == 3)
    }
}
