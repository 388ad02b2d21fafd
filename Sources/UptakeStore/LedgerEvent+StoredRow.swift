import Foundation
import UptakeCore

extension LedgerEvent {
    /// The table.
    static let table = "ledger_events"
    /// The columns written, in ``appendValues(to:recordedAt:)`` order (`seq` is the database's).
    static let columns = [
        "id", "suggestion_id", "rep_id", "lead_id", "kind", "occurred_at_ms", "recorded_at_ms", "reason", "note",
        "latitude", "longitude", "distance_m", "value", "supersedes",
    ]

    /// Appends this event's values in ``columns`` order.
    ///
    /// - Parameters:
    ///   - values: The batch's flat value array.
    ///   - recordedAt: When the batch is recorded.
    func appendValues(to values: inout [SQLValue], recordedAt: Int64) {
        values.append(.text(id))
        values.append(.text(suggestion))
        values.append(.text(rep.rawValue))
        values.append(.text(lead.rawValue))
        values.append(.text(kind.rawValue))
        values.append(.integer(StoredDate.milliseconds(time)))
        values.append(.integer(recordedAt))
        values.append(.text(reason))
        values.append(.text(note))
        values.append(.real(location?.latitude))
        values.append(.real(location?.longitude))
        values.append(.real(distanceMetres))
        values.append(.real(value))
        values.append(.text(supersedes))
    }

    /// Reads an event back from a row selected with ``columns``.
    ///
    /// - Parameter row: The row.
    /// - Throws: ``StoreError`` `.corruptRow` when a column is missing or the event is not valid.
    init(row: RowReader) throws {
        let kindText: String = try row("kind")
        guard let kind = LedgerEventKind(rawValue: kindText) else {
            throw StoreError(.corruptRow, "ledger_events.kind \"\(kindText)\" is not an event kind")
        }
        let latitude: Double? = try row.optional("latitude"), longitude: Double? = try row.optional("longitude")
        let id: String = try row("id"), suggestion: String = try row("suggestion_id")
        let rep: String = try row("rep_id"), lead: String = try row("lead_id")
        let time: Int64 = try row("occurred_at_ms")
        let reason: String? = try row.optional("reason"), note: String? = try row.optional("note")
        let distance: Double? = try row.optional("distance_m"), value: Double? = try row.optional("value")
        let supersedes: String? = try row.optional("supersedes")
        self = try row.make {
            let location = try latitude.flatMap { lat in try longitude.map { try GeoPoint(latitude: lat, longitude: $0) } }
            return try LedgerEvent(
                id: id, suggestion: suggestion, rep: RepID(rep), lead: LeadID(lead), kind: kind,
                time: StoredDate.date(time), reason: reason, note: note, location: location,
                distanceMetres: distance, value: value, supersedes: supersedes)
        }
    }
}
