import Foundation
import UptakeCore

/// Hand-made ledger events for the ledger tests: times are hours after a fixed Monday.
enum LedgerFixtures {
    /// Monday 2026-01-05 00:00 UTC.
    static let monday = Date(timeIntervalSince1970: 1_767_571_200)

    /// An instant `hours` after ``monday``.
    static func at(_ hours: Double) -> Date { monday.addingTimeInterval(hours * 3_600) }

    /// An event with the fields a test varies.
    static func event(
        _ id: String, _ suggestion: String, _ kind: LedgerEventKind, hours: Double, rep: RepID = "rep-1",
        reason: String? = nil, note: String? = nil, distance: Double? = nil, value: Double? = nil,
        supersedes: String? = nil
    ) -> LedgerEvent {
        try! LedgerEvent(
            id: id, suggestion: suggestion, rep: rep, lead: LeadID("lead-" + suggestion), kind: kind,
            time: at(hours), reason: reason, note: note, distanceMetres: distance, value: value,
            supersedes: supersedes)
    }
}
