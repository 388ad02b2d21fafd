import Foundation
import Testing
import UptakeCore

@Suite("FeatureSchema")
struct FeatureSchemaTests {
    struct OneHotCase: Decodable, CustomTestStringConvertible {
        var name: String
        var train: [String]
        var queries: [String]
        var minimum_level_count: Int
        var maximum_levels: Int
        var kept_levels: [String]
        var encoded: [[Int]]
        var testDescription: String { name }
    }

    struct OneHotFixture: Decodable {
        var sklearn_version: String
        var cases: [OneHotCase]
    }

    static let oneHotCases: [OneHotCase] = (try? oneHotFixture().cases) ?? []

    static func oneHotFixture() throws -> OneHotFixture {
        let url = ScoringFixtures.directory.appendingPathComponent("one_hot.json")
        return try JSONDecoder().decode(OneHotFixture.self, from: Data(contentsOf: url))
    }

    let day: TimeInterval = 86_400
    let scoringDate = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("the one-hot fixture was made by scikit-learn and holds every case")
    func fixtureIsComplete() throws {
        #expect(try Self.oneHotFixture().sklearn_version.hasPrefix("1."))
        #expect(Self.oneHotCases.count == 4)
    }

    @Test("categories fold and encode as scikit-learn's OneHotEncoder(infrequent_if_exist)",
          arguments: Self.oneHotCases)
    func oneHotMatchesScikitLearn(fixture: OneHotCase) throws {
        let schema = try FeatureSchema.fit(
            columns: [("c", .category)],
            records: fixture.train.map { ["c": .category($0)] },
            minimumLevelCount: fixture.minimum_level_count,
            maximumLevels: fixture.maximum_levels
        )
        #expect(schema.columns.first?.encoding == .category(levels: fixture.kept_levels))
        #expect(schema.featureNames == fixture.kept_levels.map { "c=\($0)" } + ["c=other"])
        for (query, expected) in zip(fixture.queries, fixture.encoded) {
            let row = try schema.encode(["c": .category(query)], scoringDate: scoringDate)
            #expect(row == expected.map(Float.init), "\(query)")
        }
    }

    @Test("numbers as-is, booleans 1/0, dates as ages in days, missing as NaN")
    func encodesEveryKind() throws {
        let schema = try FeatureSchema(columns: [
            .init(name: "agents", encoding: .number),
            .init(name: "signed", encoding: .date),
            .init(name: "active", encoding: .boolean),
            .init(name: "region", encoding: .category(levels: ["North", "South"])),
        ])
        #expect(schema.featureNames == [
            "agents", "signed", "active", "region=North", "region=South", "region=other",
        ])
        #expect(schema.featureCount == 6)
        #expect(schema.featureRanges == [0..<1, 1..<2, 2..<3, 3..<6])

        let full: [String: AttributeValue?] = [
            "agents": .number(12), "signed": .date(scoringDate - 30.5 * day), "active": .boolean(true),
            "region": .category("South"), "unused": .category("ignored"),
        ]
        #expect(try schema.encode(full, scoringDate: scoringDate) == [12, 30.5, 1, 0, 1, 0])

        let empty: [String: AttributeValue?] = ["agents": nil, "signed": nil, "active": nil, "region": nil]
        let row = try schema.encode(empty, scoringDate: scoringDate)
        #expect(row.count == 6)
        #expect(row.allSatisfy { $0.isNaN })

        let unseen: [String: AttributeValue?] = [
            "agents": .number(-1), "signed": .date(scoringDate + day), "active": .boolean(false),
            "region": .category("Atlantis"),
        ]
        #expect(try schema.encode(unseen, scoringDate: scoringDate) == [-1, -1, 0, 0, 0, 1])
        let both = try schema.encode([full, unseen], scoringDate: scoringDate)
        #expect(both == [12, 30.5, 1, 0, 1, 0, -1, -1, 0, 0, 0, 1])
    }

    @Test("a column absent from a record is an error naming it; a wrong kind is an error too")
    func missingColumn() throws {
        let schema = try FeatureSchema(columns: [
            .init(name: "agents", encoding: .number), .init(name: "region", encoding: .category(levels: ["N"])),
        ])
        #expect {
            let records: [[String: AttributeValue?]] = [["agents": .number(1), "region": nil], ["agents": .number(2)]]
            _ = try schema.encode(records, scoringDate: scoringDate)
        } throws: { error in
            let error = try #require(error as? ScoringError)
            return error.code == .missingColumn && error.message.contains("\"region\"")
                && error.message.contains("record 1")
        }
        #expect {
            _ = try schema.encode(["agents": .category("many"), "region": nil], scoringDate: scoringDate)
        } throws: { error in
            let error = try #require(error as? ScoringError)
            return error.code == .invalidValue && error.message.contains("\"agents\"")
        }
        #expect {
            _ = try FeatureSchema.fit(columns: [("region", .category)], records: [["region": .category("N")], [:]])
        } throws: { error in
            (error as? ScoringError)?.code == .missingColumn
        }
    }

    @Test("Codable round trip; decoding rejects duplicate columns")
    func codable() throws {
        let schema = try FeatureSchema.fit(
            columns: [("agents", .number), ("region", .category), ("signed", .date), ("active", .boolean)],
            records: (0..<30).map { i in
                ["agents": .number(Double(i)), "region": .category(i % 3 == 0 ? "N" : "S"),
                 "signed": nil, "active": .boolean(i.isMultiple(of: 2))]
            },
            minimumLevelCount: 5
        )
        let data = try JSONEncoder().encode(schema)
        #expect(try JSONDecoder().decode(FeatureSchema.self, from: data) == schema)
        #expect(schema.featureNames == ["agents", "region=N", "region=S", "region=other", "signed", "active"])
        #expect(schema.columns.map(\.featureWidth) == schema.columns.map(\.featureNames.count))
        #expect(schema.featureRanges == [0..<1, 1..<4, 4..<5, 5..<6] && schema.featureCount == 6)

        let duplicate = try JSONEncoder().encode([
            "columns": [FeatureSchema.Column(name: "a", encoding: .number), .init(name: "a", encoding: .boolean)],
        ])
        #expect(throws: ScoringError.self) { _ = try JSONDecoder().decode(FeatureSchema.self, from: duplicate) }
    }

    @Test("contributions sum over each column's features; the total is unchanged")
    func columnContributions() throws {
        let schema = try FeatureSchema(columns: [
            .init(name: "agents", encoding: .number),
            .init(name: "region", encoding: .category(levels: ["North", "South"])),
            .init(name: "active", encoding: .boolean),
        ])
        let perFeature: [Float] = [0.5, 0.25, -0.125, 0.0625, -1]
        #expect(try schema.columnContributions(perFeature) == [0.5, 0.1875, -1])
        #expect(try schema.columnContributions(perFeature).reduce(0, +) == -0.3125)
        #expect(throws: ScoringError.self) { _ = try schema.columnContributions(perFeature.dropLast()) }
    }

    @Test("a literal level named other folds into the other column")
    func literalOther() throws {
        let schema = try FeatureSchema.fit(
            columns: [("c", .category)],
            records: Array(repeating: ["c": .category("other")], count: 5) + [["c": .category("x")]],
            minimumLevelCount: 1
        )
        #expect(schema.featureNames == ["c=x", "c=other"])
        #expect(try schema.encode(["c": .category("other")], scoringDate: scoringDate) == [0, 1])
    }
}
