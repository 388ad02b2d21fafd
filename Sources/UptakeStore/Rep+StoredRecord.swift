import UptakeCore

extension Rep: StoredRecord {
    static let table = "reps"
    static let columns = [
        "id", "name", "email", "team", "start_latitude", "start_longitude", "end_latitude", "end_longitude",
        "shift_start_minutes", "shift_end_minutes", "time_zone",
    ]

    var key: String { id.rawValue }

    func appendValues(to values: inout [SQLValue]) {
        values.append(.text(id.rawValue))
        values.append(.text(name))
        values.append(.text(email))
        values.append(.text(team))
        values.append(.real(start.latitude))
        values.append(.real(start.longitude))
        values.append(.real(end.latitude))
        values.append(.real(end.longitude))
        values.append(.integer(Int64(shiftStart.minutes)))
        values.append(.integer(Int64(shiftEnd.minutes)))
        values.append(.text(timeZone))
    }

    init(row: RowReader) throws {
        let id: String = try row("id"), name: String = try row("name"), email: String = try row("email")
        let team: String = try row("team"), timeZone: String = try row("time_zone")
        let startLatitude: Double = try row("start_latitude"), startLongitude: Double = try row("start_longitude")
        let endLatitude: Double = try row("end_latitude"), endLongitude: Double = try row("end_longitude")
        let shiftStart: Int = try row("shift_start_minutes"), shiftEnd: Int = try row("shift_end_minutes")
        self = try row.make {
            try Rep(
                id: RepID(id), name: name, email: email, team: team,
                start: try GeoPoint(latitude: startLatitude, longitude: startLongitude),
                end: try GeoPoint(latitude: endLatitude, longitude: endLongitude),
                shiftStart: try TimeOfDay(minutes: shiftStart), shiftEnd: try TimeOfDay(minutes: shiftEnd),
                timeZone: timeZone)
        }
    }
}
