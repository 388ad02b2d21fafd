import UptakeCore

extension Visit: StoredRecord {
    static let table = "visits"
    static let columns = ["id", "rep_id", "lead_id", "visited_at_ms", "note"]

    var key: String { id.rawValue }

    func appendValues(to values: inout [SQLValue]) {
        values.append(.text(id.rawValue))
        values.append(.text(rep.rawValue))
        values.append(.text(lead.rawValue))
        values.append(.integer(StoredDate.milliseconds(time)))
        values.append(.text(note))
    }

    init(row: RowReader) throws {
        let id: String = try row("id"), rep: String = try row("rep_id"), lead: String = try row("lead_id")
        let time: Int64 = try row("visited_at_ms")
        let note = try row.optional("note", as: String.self)
        self.init(id: VisitID(id), rep: RepID(rep), lead: LeadID(lead), time: StoredDate.date(time), note: note)
    }
}
