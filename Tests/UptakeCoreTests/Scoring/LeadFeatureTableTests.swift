import Foundation
import Testing
import UptakeCore

@Suite("Stored leads as a feature table, and their labels")
struct LeadFeatureTableTests {
    static let day = 86_400.0
    static let asOf = Date(timeIntervalSince1970: 1_800_000_000)

    static func lead(_ id: String, createdDaysAgo: Double, owner: RepID? = "rep-1", attributes: [String: AttributeValue])
        throws -> Lead
    {
        try Lead(
            id: LeadID(id), name: id, location: GeoPoint(latitude: 40, longitude: -83), tier: .silver,
            expectedValue: 1_000, createdAt: asOf.addingTimeInterval(-createdDaysAgo * day), owner: owner,
            attributes: attributes)
    }

    static let rep = try! Rep(
        id: "rep-1", name: "Ana", email: "ana@example.com", team: "north",
        start: GeoPoint(latitude: 41, longitude: -83), end: GeoPoint(latitude: 41, longitude: -83),
        shiftStart: TimeOfDay(hour: 8), shiftEnd: TimeOfDay(hour: 17), timeZone: "America/New_York")

    @Test("columns: attributes by kind, tier, expected value, owner distance, created_at; dates aged at creation")
    func columns() throws {
        let contacted = Self.asOf.addingTimeInterval(-130 * Self.day)
        let leads = [
            try Self.lead("a", createdDaysAgo: 100, attributes: ["agents": .number(4), "last": .date(contacted)]),
            try Self.lead("b", createdDaysAgo: 10, owner: nil, attributes: ["region": .category("N")]),
        ]
        let features = try LeadFeatureTable(leads: leads, reps: [Self.rep], asOf: Self.asOf)
        #expect(features.table.columns.map(\.name)
            == ["agents", "last", "region", "tier", "expected_value", "owner_distance_km", "created_at"])
        #expect(features.leadIDs == ["a", "b"])
        let schema = try FeatureSchema.fit(table: features.table, minimumLevelCount: 1)
        let encoded = try schema.encode(features.table, scoringDate: Self.asOf)
        let width = schema.featureCount
        let last = try #require(schema.featureNames.firstIndex(of: "last"))
        let distance = try #require(schema.featureNames.firstIndex(of: "owner_distance_km"))
        #expect(encoded[last] == 30)  // 130 days before now, 100 days before its creation
        #expect(encoded[width + last].isNaN)
        // One degree of latitude on the mean-radius sphere.
        #expect(abs(Double(encoded[distance]) - 6_371.0088 * .pi / 180) < 1e-3)
        #expect(encoded[width + distance].isNaN)
    }

    @Test("an attribute with two kinds takes the commoner; the others are missing and counted")
    func mixedKinds() throws {
        let mixed = [
            try Self.lead("a", createdDaysAgo: 1, attributes: ["agents": .number(4)]),
            try Self.lead("b", createdDaysAgo: 1, attributes: ["agents": .category("many")]),
            try Self.lead("c", createdDaysAgo: 1, attributes: ["agents": .number(7)]),
        ]
        let features = try LeadFeatureTable(leads: mixed, reps: [], asOf: Self.asOf)
        #expect(features.mismatchedValues == ["agents": 1])
        guard case .numbers(let values)? = features.table.column(named: "agents")?.values else {
            Issue.record("agents should be numbers")
            return
        }
        #expect(values[0] == 4 && values[1].isNaN && values[2] == 7)
        let clash = [try Self.lead("a", createdDaysAgo: 1, attributes: ["tier": .category("A")])]
        let error = try #require(throws: ScoringError.self) { try LeadFeatureTable(leads: clash, reps: [], asOf: Self.asOf) }
        #expect(error.message.contains("\"tier\""))
    }

    @Test("labels: converted within [createdAt, createdAt + horizon), only for windows closed by the as-of date")
    func labels() throws {
        let leads = [
            try Self.lead("inside", createdDaysAgo: 200, attributes: [:]),
            try Self.lead("late", createdDaysAgo: 200, attributes: [:]),
            try Self.lead("never", createdDaysAgo: 90, attributes: [:]),
            try Self.lead("open", createdDaysAgo: 89, attributes: [:]),
        ]
        let conversions = [
            try Conversion(id: "c1", lead: "inside", date: leads[0].createdAt.addingTimeInterval(89 * Self.day), value: 1),
            try Conversion(id: "c2", lead: "late", date: leads[1].createdAt.addingTimeInterval(90 * Self.day), value: 1),
            try Conversion(id: "c3", lead: "open", date: leads[3].createdAt.addingTimeInterval(Self.day), value: 1),
        ]
        let labeler = OutcomeLabeler(asOf: Self.asOf)
        #expect(labeler.labels(leads: leads, conversions: conversions) == ["inside": true, "late": false, "never": false])
        let set = try LeadTrainingSet(leads: leads, reps: [], conversions: conversions, asOf: Self.asOf)
        #expect(set.labels == [true, false, false] && set.unresolvedCount == 1)
        let shorter = OutcomeLabeler(asOf: Self.asOf, horizon: 30 * Self.day)
        #expect(shorter.labels(leads: leads, conversions: conversions)["inside"] == false)
    }

    @Test("training leaves out an attribute with one value on every resolved lead, and keeps one ever missing")
    func constantAttributesLeftOut() throws {
        let leads = try (0..<4).map { index in
            var attributes: [String: AttributeValue] = [
                "demo": .boolean(true), "agents": .number(Double(index)), "region": .category("N"),
            ]
            if index == 3 { attributes["region"] = nil }
            return try Self.lead("l\(index)", createdDaysAgo: 200 + Double(index), attributes: attributes)
        }
        // A lead still inside its window does not count: its differing mark would not reach the features.
        let open = try Self.lead("open", createdDaysAgo: 10, attributes: ["demo": .boolean(false)])
        let set = try LeadTrainingSet(leads: leads + [open], reps: [], conversions: [], asOf: Self.asOf)
        #expect(set.constantAttributes == ["demo"])
        #expect(set.features.table.column(named: "demo") == nil)
        #expect(set.features.table.column(named: "agents") != nil && set.features.table.column(named: "region") != nil)
        let varied = try LeadTrainingSet(
            leads: leads + [try Self.lead("off", createdDaysAgo: 300, attributes: ["demo": .boolean(false)])],
            reps: [], conversions: [], asOf: Self.asOf)
        #expect(varied.constantAttributes.isEmpty && varied.features.table.column(named: "demo") != nil)
    }
}
