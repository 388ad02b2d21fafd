import UptakeCore

extension Conversion: StoredRecord {
    static let table = "conversions"
    static let columns = ["id", "lead_id", "converted_at_ms", "value"]

    var key: String { id.rawValue }

    func appendValues(to values: inout [SQLValue]) {
        values.append(.text(id.rawValue))
        values.append(.text(lead.rawValue))
        values.append(.integer(StoredDate.milliseconds(date)))
        values.append(.real(value))
    }

    init(row: RowReader) throws {
        let id: String = try row("id"), lead: String = try row("lead_id")
        let date: Int64 = try row("converted_at_ms"), value: Double = try row("value")
        self = try row.make {
            try Conversion(id: ConversionID(id), lead: LeadID(lead), date: StoredDate.date(date), value: value)
        }
    }
}
