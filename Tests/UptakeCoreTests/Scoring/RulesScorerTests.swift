import Foundation
import Testing
import UptakeCore

@Suite("Rules scorer")
struct RulesScorerTests {
    static let asOf = Date(timeIntervalSince1970: 1_800_000_000)

    static let table: ColumnTable = {
        let day = 86_400.0
        return try! ColumnTable(columns: [
            .init(name: "agents", values: .numbers([20, 2, .nan])),
            .init(name: "line", values: .categories(levels: ["commercial", "life"], codes: [0, 1, -1])),
            .init(name: "contacted", values: .dates([asOf.timeIntervalSince1970 - 10 * day,
                                                     asOf.timeIntervalSince1970 - 400 * day, .nan])),
            .init(name: "independent", values: .booleans([true, false, nil])),
        ])
    }()

    static let rules = ScoringRules(
        base: 40, tiers: .init(gold: 70, silver: 45),
        rules: [
            .init(attribute: "agents", points: 20, label: "Large", atLeast: 10),
            .init(attribute: "agents", points: -10, atMost: 3),
            .init(attribute: "line", points: 5, oneOf: ["commercial"]),
            .init(attribute: "contacted", points: 15, withinDays: 30),
            .init(attribute: "contacted", points: -20, label: "Stale", olderThanDays: 365),
            .init(attribute: "independent", points: 3, equals: "yes"),
            .init(attribute: "agents", points: -50, missing: true),
        ]
    )

    @Test("points add onto the base, clamp to 1-99, tier by cut points; reasons are the rules that fired")
    func scores() throws {
        let scores = try RulesScorer(rules: Self.rules).score(Self.table, asOf: Self.asOf)
        #expect(scores.map(\.score) == [83, 10, 1])  // 40+20+5+15+3, 40-10-20, 40-50 clamped to 1
        #expect(scores.map(\.tier) == [.gold, .bronze, .bronze])
        #expect(scores[0].positiveReasons.map(\.feature) == ["Large", "contacted", "line", "independent"])
        #expect(scores[0].positiveReasons[1].value == "10 days old")
        #expect(scores[1].negativeReasons.map(\.feature) == ["Stale", "agents"])
        #expect(scores[1].negativeReasons.map(\.contribution) == [-20, -10])
        #expect(scores[2].negativeReasons.map(\.value) == ["missing"] && scores[2].positiveReasons.isEmpty)
    }

    @Test("bad schemes and rules that do not suit their column are refused with the rule named")
    func refusals() throws {
        var twoConditions = Self.rules
        twoConditions.rules[0].equals = "5"
        #expect(throws: ScoringError.self) { try RulesScorer(rules: twoConditions) }
        var badTiers = Self.rules
        badTiers.tiers = .init(gold: 20, silver: 50)
        #expect(throws: ScoringError.self) { try RulesScorer(rules: badTiers) }
        let unknown = ScoringRules(tiers: .init(gold: 60, silver: 30), rules: [.init(attribute: "x", points: 1, atLeast: 1)])
        let error = try #require(throws: ScoringError.self) {
            try RulesScorer(rules: unknown).score(Self.table, asOf: Self.asOf)
        }
        #expect(error.code == .missingColumn && error.message.contains("\"x\""))
        let wrongKind = ScoringRules(
            tiers: .init(gold: 60, silver: 30), rules: [.init(attribute: "line", points: 1, atLeast: 1)]
        )
        #expect(throws: ScoringError.self) { try RulesScorer(rules: wrongKind).score(Self.table, asOf: Self.asOf) }
    }

    @Test("the fingerprint is FNV-1a 64 of the bytes")
    func fingerprint() {
        // FNV-1a 64 of "a" is af63dc4c8601ec8c (the published test vector).
        #expect(RulesScorer.fingerprint(Data("a".utf8)) == "af63dc4c8601ec8c")
    }
}
