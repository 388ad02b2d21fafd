import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting

/// Finding leads by a boolean mark (`LeadMarkStore`) on SQLite file, SQLite memory and PostgreSQL.
@Suite("LeadMarkStore contract")
struct SQLRepositoryLeadMarksTests {
    static func lead(_ id: String, owner: RepID?, _ attributes: [String: AttributeValue]) -> Lead {
        StoreFixtures.lead(id, owner: owner, attributes: attributes)
    }

    @Test(arguments: TestDatabase.allCases)
    func onlyATrueMarkOfTheOwnersLeadsCounts(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            _ = try await repository.upsert(reps: [
                StoreFixtures.rep("north-1", team: "north"), StoreFixtures.rep("south-1", team: "south"),
                StoreFixtures.rep("east-1", team: "east"),
            ])
            _ = try await repository.upsert(leads: [
                // Near misses only, for north: false, another case, a key that merely contains the text.
                Self.lead("a-1", owner: "north-1", ["demo": .boolean(false), "agents": .number(3)]),
                Self.lead("a-2", owner: "north-1", ["Demo": .boolean(true)]),
                Self.lead("a-3", owner: "north-1", ["x\"demo": .boolean(true), "demo": .category("true")]),
                Self.lead("b-1", owner: "south-1", ["agents": .number(2), "demo": .boolean(true)]),
                Self.lead("c-1", owner: nil, ["demo": .boolean(true)]),
            ])
            #expect(try await repository.hasLead(markedBy: "demo", owners: nil))
            #expect(try await repository.hasLead(markedBy: "demo", owners: ["north-1"]) == false)
            #expect(try await repository.hasLead(markedBy: "demo", owners: ["south-1"]))
            #expect(try await repository.hasLead(markedBy: "demo", owners: ["north-1", "south-1"]))
            #expect(try await repository.hasLead(markedBy: "demo", owners: ["east-1"]) == false)
            #expect(try await repository.hasLead(markedBy: "demo", owners: []) == false)
            #expect(try await repository.hasLead(markedBy: "Demo", owners: ["north-1"]))
            #expect(try await repository.hasLead(markedBy: "agents", owners: nil) == false)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aMarkAfterManyNearMissesIsFound(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            _ = try await repository.upsert(reps: [StoreFixtures.rep("r")])
            // More candidates that only look marked than one page of them, then a marked lead.
            _ = try await repository.upsert(leads: (0..<250).map {
                Self.lead(String(format: "l-%03d", $0), owner: "r", ["x\"demo": .boolean(true)])
            })
            #expect(try await repository.hasLead(markedBy: "demo", owners: ["r"]) == false)
            _ = try await repository.upsert(leads: [Self.lead("l-999", owner: "r", ["demo": .boolean(true)])])
            #expect(try await repository.hasLead(markedBy: "demo", owners: ["r"]))
        }
    }
}
