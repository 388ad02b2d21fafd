import Foundation
import Testing
import UptakeCore

@Suite("LedgerEvent")
struct LedgerEventTests {
    private func make(
        _ kind: LedgerEventKind, reason: String? = nil, note: String? = nil, value: Double? = nil,
        location: GeoPoint? = nil, supersedes: String? = nil
    ) throws -> LedgerEvent {
        try LedgerEvent(id: "e1", suggestion: "s1", rep: "rep-1", lead: "lead-1", kind: kind,
                        time: LedgerFixtures.monday, reason: reason, note: note, location: location, value: value,
                        supersedes: supersedes)
    }

    @Test func aDismissalNeedsAReasonAndOnlyADismissalTakesOne() throws {
        #expect(throws: LedgerError.self) { try make(.dismissed) }
        #expect(throws: LedgerError.self) { try make(.accepted, reason: "too_far") }
        #expect(try make(.dismissed, reason: "too_far").reason == "too_far")
    }

    @Test func aConversionNeedsANonNegativeValueAndOnlyAConversionTakesOne() throws {
        #expect(throws: LedgerError.self) { try make(.converted) }
        #expect(throws: LedgerError.self) { try make(.converted, value: -1) }
        #expect(throws: LedgerError.self) { try make(.converted, value: .nan) }
        #expect(throws: LedgerError.self) { try make(.visited, value: 10) }
        #expect(try make(.converted, value: 0).value == 0)
    }

    @Test func onlyAVisitTakesAGPSPointAndARetractionMustNameItsTarget() throws {
        let point = try GeoPoint(latitude: 40, longitude: -83)
        #expect(throws: LedgerError.self) { try make(.accepted, location: point) }
        #expect(try make(.visited, location: point).location == point)
        #expect(throws: LedgerError.self) { try make(.retracted) }
        #expect(throws: LedgerError.self) { try make(.retracted, supersedes: "e1") }
        #expect(try make(.retracted, supersedes: "e0").supersedes == "e0")
    }

    @Test func reasonsAreCheckedAgainstTheConfiguredList() throws {
        let reasons = try DismissalReasons(codes: ["too_far", "other"], codesRequiringNote: ["other"])
        try make(.dismissed, reason: "too_far").validate(reasons: reasons)
        #expect(throws: LedgerError.self) { try make(.dismissed, reason: "no_time").validate(reasons: reasons) }
        #expect(throws: LedgerError.self) { try make(.dismissed, reason: "other").validate(reasons: reasons) }
        #expect(throws: LedgerError.self) {
            try make(.dismissed, reason: "other", note: "  ").validate(reasons: reasons)
        }
        try make(.dismissed, reason: "other", note: "bridge closed").validate(reasons: reasons)
    }

    @Test func aReasonListRejectsRepeatsBlanksAndStrayNoteCodes() {
        #expect(throws: LedgerError.self) { try DismissalReasons(codes: []) }
        #expect(throws: LedgerError.self) { try DismissalReasons(codes: ["a", "a"]) }
        #expect(throws: LedgerError.self) { try DismissalReasons(codes: ["a", " "]) }
        #expect(throws: LedgerError.self) { try DismissalReasons(codes: ["a"], codesRequiringNote: ["b"]) }
        #expect(DismissalReasons.standard.contains("too_far"))
        #expect(DismissalReasons.standard.requiresNote("other"))
    }
}
