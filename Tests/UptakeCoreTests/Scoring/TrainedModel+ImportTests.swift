import Foundation
import Testing
import UptakeCore

/// A model trained by Python's xgboost 1.7.6 (`Fixtures/scoring/imported/make_imported_model.py`) with
/// its schema file scores here exactly as xgboost predicts there.
@Suite("Importing a model trained in Python")
struct TrainedModelImportTests {
    struct Rows: Decodable {
        var agents: [Double]
        var line_of_business: [String?]
        var last_contact_age_days: [Double]
        var tier: [String]
        var owner_distance_km: [Double?]
        var prediction: [Double]
    }

    static let directory = ScoringFixtures.directory.appendingPathComponent("imported")

    static func load() throws -> (TrainedModel, Rows, ImportedModelSchema) {
        let schema = try JSONDecoder().decode(
            ImportedModelSchema.self, from: Data(contentsOf: directory.appendingPathComponent("schema.json"))
        )
        let model = try TrainedModel.imported(
            boosterJSON: Data(contentsOf: directory.appendingPathComponent("model.json")), schema: schema,
            referenceDate: Date(timeIntervalSince1970: 1_790_000_000)
        )
        let rows = try JSONDecoder().decode(Rows.self, from: Data(contentsOf: directory.appendingPathComponent("rows.json")))
        return (model, rows, schema)
    }

    /// Builds a table the way `LeadFeatureTable` would, with distinct levels in first-seen order.
    static func categories(_ values: [String?]) -> ColumnTable.Values {
        var levels: [String] = []
        let codes = values.map { value -> Int32 in
            guard let value else { return -1 }
            if let index = levels.firstIndex(of: value) { return Int32(index) }
            levels.append(value)
            return Int32(levels.count - 1)
        }
        return .categories(levels: levels, codes: codes)
    }

    @Test("probabilities equal xgboost's predictions to 1e-6; no calibration, no clipping")
    func predictionsMatchPython() throws {
        let (model, rows, schema) = try Self.load()
        #expect(model.schema.featureNames == [
            "agents", "line_of_business=commercial", "line_of_business=personal", "line_of_business=other",
            "last_contact", "tier=bronze", "tier=gold", "tier=silver", "tier=other", "owner_distance_km",
        ])
        #expect(!model.isEvaluated && model.evaluation.rocAUC.isNaN)
        #expect(model.tierCutPoints == schema.tierCutPoints)
        let asOf = Date(timeIntervalSince1970: 1_790_000_000)
        let table = try ColumnTable(columns: [
            .init(name: "agents", values: .numbers(rows.agents)),
            .init(name: "line_of_business", values: Self.categories(rows.line_of_business)),
            .init(name: "last_contact", values: .dates(rows.last_contact_age_days.map {
                asOf.timeIntervalSince1970 - $0 * 86_400
            })),
            .init(name: "tier", values: Self.categories(rows.tier)),
            .init(name: "owner_distance_km", values: .numbers(rows.owner_distance_km.map { $0 ?? .nan })),
        ])
        let scorer = try LeadScorer(model: model)
        let probabilities = try scorer.probabilities(table, scoringDate: asOf)
        let worst = zip(probabilities, rows.prediction).map { abs($0 - $1) }.max() ?? .infinity
        #expect(worst < 1e-6)
        let scores = try scorer.score(table, scoringDate: asOf)
        #expect(scores.map(\.tier) == probabilities.map(model.tierCutPoints.tier(for:)))
    }

    @Test("a schema that does not describe the model's features is refused, naming the difference")
    func mismatchIsRefused() throws {
        var (_, _, schema) = try Self.load()
        let booster = try Data(contentsOf: Self.directory.appendingPathComponent("model.json"))
        schema.columns.removeLast()
        let error = try #require(throws: TrainingError.self) {
            try TrainedModel.imported(boosterJSON: booster, schema: schema, referenceDate: Date())
        }
        #expect(error.code == .invalidModel && error.message.contains("10 features but the schema describes 9"))

        var renamed = try Self.load().2
        renamed.columns[0].name = "agent_count"
        let named = try #require(throws: TrainingError.self) {
            try TrainedModel.imported(boosterJSON: booster, schema: renamed, referenceDate: Date())
        }
        #expect(named.message.contains("\"agents\" where the schema has \"agent_count\""))

        var levelsOnNumber = try Self.load().2
        levelsOnNumber.columns[0].levels = ["x"]
        #expect(throws: ScoringError.self) {
            try TrainedModel.imported(boosterJSON: booster, schema: levelsOnNumber, referenceDate: Date())
        }
    }
}
