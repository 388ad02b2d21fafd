import UptakeCore

extension Lead: StoredRecord {
    static let table = "leads"
    static let columns = [
        "id", "name", "latitude", "longitude", "tier", "expected_value", "created_at_ms", "owner_id",
        "opening_hours", "attributes",
    ]

    var key: String { id.rawValue }

    func appendValues(to values: inout [SQLValue]) {
        values.append(.text(id.rawValue))
        values.append(.text(name))
        values.append(.real(location.latitude))
        values.append(.real(location.longitude))
        values.append(.text(tier.rawValue))
        values.append(.real(expectedValue))
        values.append(.integer(StoredDate.milliseconds(createdAt)))
        values.append(.text(owner?.rawValue))
        values.append(.text(openingHours?.description))
        values.append(.text(AttributesJSON.encode(attributes)))
    }

    init(row: RowReader) throws {
        let tierText: String = try row("tier")
        guard let tier = LeadTier(rawValue: tierText) else {
            throw StoreError(.corruptRow, "leads.tier \"\(tierText)\" is not gold, silver or bronze")
        }
        let latitude: Double = try row("latitude"), longitude: Double = try row("longitude")
        let hoursText = try row.optional("opening_hours", as: String.self)
        let id: String = try row("id"), name: String = try row("name")
        let expectedValue: Double = try row("expected_value"), created: Int64 = try row("created_at_ms")
        let owner = try row.optional("owner_id", as: String.self)
        let attributes = try AttributesJSON.decode(try row("attributes"))
        self = try row.make {
            try Lead(
                id: LeadID(id), name: name, location: try GeoPoint(latitude: latitude, longitude: longitude),
                tier: tier, expectedValue: expectedValue, createdAt: StoredDate.date(created),
                owner: owner.map { RepID($0) }, openingHours: try hoursText.map(OpeningHours.init(parsing:)),
                attributes: attributes)
        }
    }
}
