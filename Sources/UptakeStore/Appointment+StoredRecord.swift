import UptakeCore

extension Appointment: StoredRecord {
    static let table = "appointments"
    static let columns = [
        "id", "rep_id", "lead_id", "starts_at_ms", "ends_at_ms", "latitude", "longitude", "title",
    ]

    var key: String { id.rawValue }

    func appendValues(to values: inout [SQLValue]) {
        values.append(.text(id.rawValue))
        values.append(.text(rep.rawValue))
        values.append(.text(lead?.rawValue))
        values.append(.integer(StoredDate.milliseconds(start)))
        values.append(.integer(StoredDate.milliseconds(end)))
        values.append(.real(location?.latitude))
        values.append(.real(location?.longitude))
        values.append(.text(title))
    }

    init(row: RowReader) throws {
        let id: String = try row("id"), rep: String = try row("rep_id"), title: String = try row("title")
        let lead = try row.optional("lead_id", as: String.self)
        let start: Int64 = try row("starts_at_ms"), end: Int64 = try row("ends_at_ms")
        let latitude = try row.optional("latitude", as: Double.self)
        let longitude = try row.optional("longitude", as: Double.self)
        self = try row.make {
            var location: GeoPoint?
            if let latitude, let longitude { location = try GeoPoint(latitude: latitude, longitude: longitude) }
            return try Appointment(
                id: AppointmentID(id), rep: RepID(rep), lead: lead.map { LeadID($0) }, start: StoredDate.date(start),
                end: StoredDate.date(end), location: location, title: title)
        }
    }
}
