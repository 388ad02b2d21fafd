import Foundation
import Testing
import UptakeCore

@Suite("Candidates: who is planned, and what a visit is worth")
struct CandidateSelectionSelectingTests {
    static let day = try! CalendarDay(parsing: "2026-11-24")  // a Tuesday
    static let dayStart = Date(timeIntervalSince1970: 1_795_500_000)

    static func lead(
        _ id: String, owner: RepID? = "rep-1", tier: LeadTier = .bronze, hours: String? = nil,
        attributes: [String: AttributeValue] = [:]
    ) -> Lead {
        try! Lead(
            id: LeadID(id), name: "Agency \(id)", location: GeoPoint(uncheckedLatitude: 40, longitude: -83),
            tier: tier, expectedValue: 2_000, createdAt: Date(timeIntervalSince1970: 0), owner: owner,
            openingHours: hours.map { try! OpeningHours(parsing: $0) }, attributes: attributes)
    }

    static func select(
        _ leads: [Lead], visits: [Visit] = [], appointments: [Appointment] = [],
        scores: [LeadID: CandidateScore] = [:], options: CandidateOptions = CandidateOptions()
    ) throws -> CandidateSelection {
        try CandidateSelection.select(
            day: day, dayStart: dayStart, reps: ["rep-1"], leads: leads, visits: visits, appointments: appointments,
            scores: scores, options: options)
    }

    @Test func keepsOwnAndUnassignedBronzeLeadsOnly() throws {
        let selection = try Self.select([
            Self.lead("a"), Self.lead("b", owner: nil), Self.lead("c", owner: "rep-2"),
            Self.lead("d", tier: .gold), Self.lead("e", tier: .silver),
        ])
        #expect(selection.candidates.map(\.id) == ["a", "b"])
        #expect(selection.excluded.otherOwner == 1 && selection.excluded.tier == 2)
        let wide = try Self.select([Self.lead("d", tier: .gold)], options: CandidateOptions(tiers: Set(LeadTier.allCases)))
        #expect(wide.candidates.map(\.visitMinutes) == [45])
    }

    @Test func leavesOutRecentVisitsAndOpenAppointments() throws {
        let leads = ["a", "b", "c", "d"].map { Self.lead($0) }
        let visits = [
            Visit(id: "v1", rep: "rep-9", lead: "a", time: Self.dayStart.addingTimeInterval(-29 * 86_400)),
            Visit(id: "v2", rep: "rep-1", lead: "b", time: Self.dayStart.addingTimeInterval(-31 * 86_400)),
        ]
        let appointments = [
            try Appointment(id: "x1", rep: "rep-3", lead: "c", start: Self.dayStart.addingTimeInterval(86_400 * 3),
                            end: Self.dayStart.addingTimeInterval(86_400 * 3 + 3_600), title: "Review"),
            try Appointment(id: "x2", rep: "rep-1", lead: "d", start: Self.dayStart.addingTimeInterval(-86_400),
                            end: Self.dayStart.addingTimeInterval(-82_800), title: "Past"),
        ]
        let selection = try Self.select(leads, visits: visits, appointments: appointments)
        // a: visited 29 days ago; b: 31 days ago (outside the window); c: booked in 3 days; d: past meeting.
        #expect(selection.candidates.map(\.id) == ["b", "d"])
        #expect(selection.excluded.recentlyVisited == 1 && selection.excluded.openAppointment == 1)
    }

    @Test func openingHoursOfTheWeekdayBecomeWindows() throws {
        let selection = try Self.select([
            Self.lead("open", hours: "Mo-Fr 09:00-12:00,13:00-17:00"), Self.lead("weekend", hours: "Sa-Su 10:00-14:00"),
            Self.lead("any"),
        ])
        #expect(selection.candidates.map(\.id) == ["any", "open"])
        #expect(selection.candidates[1].windows.map { "\($0.lowerBound)-\($0.upperBound)" } == ["09:00-12:00", "13:00-17:00"])
        #expect(selection.candidates[0].windows.isEmpty)
        #expect(selection.excluded.closed == 1)
    }

    @Test func scoresGiveProbabilityTimesDealValue() throws {
        let scores = ["a": try CandidateScore(probability: 0.24, reasons: ["Agents = 12, +0.41"])] as [LeadID: CandidateScore]
        let selection = try Self.select([Self.lead("a"), Self.lead("b")], scores: scores)
        #expect(selection.valueSource == .scores)
        #expect(selection.candidates.map(\.id) == ["a"])
        #expect(abs(selection.candidates[0].value - 480) < 1e-9)
        #expect(selection.details["a"]?.reasons == ["Agents = 12, +0.41"])
        #expect(selection.excluded.noValue == 1)
        let fixed = try Self.select([Self.lead("a")], scores: scores, options: CandidateOptions(dealValue: 10_000))
        #expect(abs(fixed.candidates[0].value - 2_400) < 1e-9)
    }

    @Test func withoutScoresAValueColumnThenTheTierPrior() throws {
        let leads = [Self.lead("a", attributes: ["potential": .number(750)]), Self.lead("b")]
        let column = try Self.select(leads, options: CandidateOptions(valueAttribute: "potential"))
        #expect(column.valueSource == .column("potential"))
        #expect(column.candidates.map(\.value) == [750])
        let prior = try Self.select(leads)
        #expect(prior.valueSource == .tierPrior)
        #expect(prior.candidates.map(\.value) == [120, 120])  // 0.06 × 2,000
        #expect(prior.details["a"]?.probability == 0.06)
    }
}
