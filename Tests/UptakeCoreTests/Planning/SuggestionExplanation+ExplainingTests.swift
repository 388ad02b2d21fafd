import Foundation
import Testing
import UptakeCore

@Suite("Explanations: detour, value, reasons and slack in words and data")
struct SuggestionExplanationExplainingTests {
    static let home = GeoPoint(uncheckedLatitude: 40, longitude: -83)
    static let acme = GeoPoint(uncheckedLatitude: 40.05, longitude: -83)
    static let lead = GeoPoint(uncheckedLatitude: 40.07, longitude: -83.02)
    static let birch = GeoPoint(uncheckedLatitude: 40.1, longitude: -83)

    static func time(_ hour: Int, _ minute: Int = 0) -> TimeOfDay { try! TimeOfDay(hour: hour, minute: minute) }

    /// start 08:00 → Acme 10:00-11:00 → lead (arrive 11:12, open from 11:20, visit 20 min) → Birch 13:00 → end.
    static func example(windowEnd: Int = 17) throws -> (DayPlan, RepDay, CandidateSelection) {
        let day = RepDay(
            rep: "rep-1", start: home, end: home, shiftStart: time(8), shiftEnd: time(17),
            appointments: [
                try FixedStop(id: "a1", location: acme, start: time(10), end: time(11)),
                try FixedStop(id: "a2", location: birch, start: time(13), end: time(14)),
            ])
        let candidate = try CandidateStop(
            id: "lead-7", location: lead, value: 1_240, visitMinutes: 20, windows: [time(11, 20)...time(windowEnd)])
        let plan = DayPlan(rep: "rep-1", stops: [
            PlannedStop(kind: .start, location: home, arrival: 480, start: 480, end: 480),
            PlannedStop(kind: .appointment("a1"), location: acme, arrival: 560, start: 600, end: 660),
            PlannedStop(
                kind: .suggestion("lead-7"), location: lead, arrival: 672, start: 680, end: 700,
                detour: PlannedStop.Detour(after: "a1", before: "a2", soloMinutes: 8.6, extraMinutes: 8.6)),
            PlannedStop(kind: .appointment("a2"), location: birch, arrival: 715, start: 780, end: 840),
            PlannedStop(kind: .end, location: home, arrival: 860, start: 860, end: 860),
        ], value: 1_240, travelMinutes: 100, baseTravelMinutes: 91.4)
        let selection = CandidateSelection(
            candidates: [candidate],
            details: ["lead-7": .init(name: "Cedar Agency", tier: .bronze, probability: 0.24, dealValue: 5_166.67,
                                      reasons: ["Agency size = 12 agents, +0.41", "Years open = 3, +0.12", "a", "b"])],
            valueSource: .scores, excluded: .init())
        return (plan, day, selection)
    }

    @Test func saysTheDetourTheValueTheReasonsAndTheSlack() throws {
        let (plan, day, selection) = try Self.example()
        let explanations = SuggestionExplanation.explain(
            plan: plan, day: day, selection: selection, fixedNames: ["a1": "Acme", "a2": "Birch"])
        #expect(Array(explanations.keys) == [2])
        let explanation = try #require(explanations[2])
        #expect(explanation.text == "adds 9 min between Acme 10:00 and Birch 13:00; 24% chance to convert, "
            + "about $1,240 expected; why: Agency size = 12 agents, +0.41, Years open = 3, +0.12, a; 65 min slack left")
        #expect(explanation.after == .init(id: "a1", name: "Acme", minutes: 600))
        #expect(explanation.before.minutes == 780)
        #expect(explanation.addedMinutes == 8.6)
        #expect(explanation.probability == 0.24)
        #expect(explanation.reasons.count == 3)
        #expect(explanation.leadName == "Cedar Agency")
    }

    @Test func slackLooksOnlyAtTheStopsAfterTheSuggestion() throws {
        // The lead's own window (closing at 12:00) does not bound leaving it later; Birch does (65 min of wait).
        let (plan, day, selection) = try Self.example(windowEnd: 12)
        let explanation = try #require(SuggestionExplanation.explain(
            plan: plan, day: day, selection: selection, fixedNames: [:])[2])
        #expect(explanation.slackMinutes == 65)
        #expect(explanation.after.name == "a1")
    }

    @Test func slackIsTheLeastOverLaterStopsOfLatestStartMinusStartPlusWaits() throws {
        // Two suggestions in a row: the second's window closes soon after its planned start.
        let day = RepDay(rep: "r", start: Self.home, end: Self.home, shiftStart: Self.time(8), shiftEnd: Self.time(17))
        let first = try CandidateStop(id: "x", location: Self.acme, value: 1, visitMinutes: 10)
        let second = try CandidateStop(
            id: "y", location: Self.birch, value: 1, visitMinutes: 30, windows: [Self.time(9)...Self.time(10)])
        let plan = DayPlan(rep: "r", stops: [
            PlannedStop(kind: .start, location: Self.home, arrival: 480, start: 480, end: 480),
            PlannedStop(kind: .suggestion("x"), location: Self.acme, arrival: 500, start: 500, end: 510),
            PlannedStop(kind: .suggestion("y"), location: Self.birch, arrival: 520, start: 540, end: 570),
            PlannedStop(kind: .end, location: Self.home, arrival: 600, start: 600, end: 600),
        ], value: 2, travelMinutes: 60, baseTravelMinutes: 0)
        let selection = CandidateSelection(candidates: [first, second], details: [:], valueSource: .tierPrior, excluded: .init())
        // After x: y may start at 10:00 - 30 = 570 at the latest: 570 - 540 + 20 (wait) = 50; the end gives
        // 1020 - 600 + 20 = 440. After y: only the end, 420.
        #expect(SuggestionExplanation.forwardSlack(after: 1, plan: plan, day: day, candidates: ["x": first, "y": second]) == 50)
        #expect(SuggestionExplanation.forwardSlack(after: 2, plan: plan, day: day, candidates: ["x": first, "y": second]) == 420)
        let texts = SuggestionExplanation.explain(plan: plan, day: day, selection: selection, fixedNames: [:])
        #expect(texts[1]?.text.contains("<1% chance to convert (tier prior, no score yet)") == true)
        #expect(texts[1]?.probability == nil)
    }
}
