import Foundation
import UptakeCore

/// One data row of a ledger events CSV, parsed field by field but not yet checked against the store.
struct LedgerCSVRow: Sendable {
    /// The physical line where the record starts.
    var line: Int
    /// `event_id`.
    var eventID: String
    /// `suggestion_id`.
    var suggestion: String
    /// `event`.
    var kind: LedgerEventKind
    /// `time`.
    var time: Date
    /// `rep_id`, when given.
    var rep: RepID?
    /// `lead_id`, when given.
    var lead: LeadID?
    /// `reason`, when given.
    var reason: String?
    /// `note`, when given.
    var note: String?
    /// `latitude` and `longitude`, when both are given.
    var location: GeoPoint?
    /// `value`, when given.
    var value: Double?
    /// `supersedes`, when given.
    var supersedes: String?
}
