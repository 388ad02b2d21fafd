import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting

/// The model registry and score history (`ModelStore`) on SQLite file, SQLite memory and PostgreSQL.
@Suite("Model registry and score history")
struct SQLRepositoryScoringTests {
    /// A small real model (a few rounds on synthetic rows), trained once.
    static let model: Result<TrainedModel, any Error> = Result {
        var generator = SeededGenerator(seed: 7)
        let rows = 400
        let x = (0..<rows).map { _ in Double.random(in: 0..<1, using: &generator) }
        let labels = x.map { $0 + Double.random(in: -0.3..<0.3, using: &generator) > 0.6 }
        var configuration = TrainingConfiguration()
        configuration.maxRounds = 5
        configuration.threadCount = 1
        return try ModelTrainer(configuration: configuration).train(
            table: try ColumnTable(columns: [.init(name: "x", values: .numbers(x))]), labels: labels,
            referenceDate: Date(timeIntervalSince1970: 1_700_000_000))
    }

    static let data = ModelDataSummary(
        rows: 400, positiveRate: 0.3, firstDate: Date(timeIntervalSince1970: 1_600_000_000),
        lastDate: Date(timeIntervalSince1970: 1_700_000_000), hash: "0123456789abcdef")

    static func score(_ lead: String, version: String, at seconds: Double, probability: Double? = 0.25)
        -> StoredLeadScore
    {
        StoredLeadScore(
            lead: LeadID(lead), modelVersion: version, scoredAt: Date(timeIntervalSince1970: seconds),
            probability: probability, score: 25, tier: .silver,
            positiveReasons: [ScoreReason(feature: "agents", value: "12", contribution: 0.41)],
            negativeReasons: [ScoreReason(feature: "town", value: "Lima", contribution: -0.2)])
    }

    @Test(arguments: TestDatabase.allCases)
    func versionsAreSequentialAndTheFirstIsChampion(_ database: TestDatabase) async throws {
        let model = try Self.model.get()
        try await database.withRepository { repository async throws in
            #expect(try await repository.championVersion() == nil)
            let created = Date(timeIntervalSince1970: 1_750_000_000)
            let first = try await repository.registerModel(
                model, source: .trained, data: Self.data, createdAt: created, note: "uptake train")
            let second = try await repository.registerModel(
                model, source: .imported, data: Self.data, createdAt: created.addingTimeInterval(60), note: nil)
            #expect(first.id == "m-0001" && first.isChampion)
            #expect(second.id == "m-0002" && !second.isChampion)
            #expect(try await repository.championVersion() == "m-0001")
            let promotions = try await repository.promotions()
            #expect(promotions == [ModelPromotion(
                modelVersion: "m-0001", promotedAt: created, promotedBy: "uptake", forced: false,
                reason: "first model", previousChampion: nil)])

            let versions = try await repository.modelVersions()
            #expect(versions.map(\.id) == ["m-0001", "m-0002"])
            #expect(versions == [first, second])
            #expect(versions[0].metrics?.rocAUC == model.evaluation.rocAUC)
            #expect(versions[0].data == Self.data && versions[1].source == .imported)
            #expect(try await repository.trainedModel("m-0002") == model)
            #expect(try await repository.trainedModel("m-0099") == nil)
            #expect(try await repository.modelVersion("m-0099") == nil)

            try await repository.recordPromotion(ModelPromotion(
                modelVersion: "m-0002", promotedAt: created.addingTimeInterval(120), promotedBy: "ana",
                forced: true, reason: "log loss worse; forced", previousChampion: "m-0001"))
            #expect(try await repository.championVersion() == "m-0002")
            #expect(try await repository.modelVersion("m-0002")?.isChampion == true)
            #expect(try await repository.promotions().last?.forced == true)
            await #expect(throws: ModelStoreError.self) {
                try await repository.recordPromotion(ModelPromotion(
                    modelVersion: "m-0042", promotedAt: created, promotedBy: "ana", forced: false, reason: "",
                    previousChampion: nil))
            }
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func scoresAreAppendedAndTheLatestIsRead(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            try await repository.appendScores([
                Self.score("lead-a", version: "m-0001", at: 100),
                Self.score("lead-b", version: "m-0001", at: 100),
                Self.score("lead-a", version: "m-0001", at: 50),  // older, written later: not the latest
            ])
            try await repository.appendScores([
                Self.score("lead-b", version: "rules:abc", at: 200, probability: nil),
                Self.score("lead-c", version: "m-0002", at: 150),
            ])
            try await repository.appendScores([Self.score("lead-a", version: "m-0003", at: 20)])

            let all = try await repository.latestScores(for: nil)
            #expect(Set(all.keys) == ["lead-a", "lead-b", "lead-c"])
            #expect(all["lead-a"]?.scoredAt == Date(timeIntervalSince1970: 100))
            #expect(all["lead-a"]?.modelVersion == "m-0001")
            #expect(all["lead-b"]?.modelVersion == "rules:abc" && all["lead-b"]?.probability == nil)
            #expect(all["lead-c"]?.positiveReasons == [ScoreReason(feature: "agents", value: "12", contribution: 0.41)])
            #expect(all["lead-c"]?.negativeReasons.first?.value == "Lima")

            let some = try await repository.latestScores(for: ["lead-b", "lead-zzz", "lead-b"])
            #expect(Array(some.keys) == ["lead-b"])

            // The latest scores in pages by lead id: the same scores as the whole read, each lead once.
            var pages: [[StoredLeadScore]] = []
            var afterLead: LeadID?
            while true {
                let page = try await repository.latestScores(afterLead: afterLead, limit: 2)
                if page.isEmpty { break }
                pages.append(page)
                afterLead = page.last?.lead
            }
            #expect(pages.map(\.count) == [2, 1])
            #expect(pages.flatMap { $0 }.map(\.lead.rawValue) == ["lead-a", "lead-b", "lead-c"])
            for score in pages.flatMap({ $0 }) { #expect(all[score.lead] == score) }

            // The whole history, in pages, in the order written; nothing was overwritten.
            var history: [StoredLeadScore] = []
            var after: Int64?
            while true {
                let page = try await repository.scoreHistory(after: after, limit: 2)
                if page.isEmpty { break }
                history += page
                after = page.last?.sequence
            }
            #expect(history.map(\.lead.rawValue) == ["lead-a", "lead-b", "lead-a", "lead-b", "lead-c", "lead-a"])
            #expect(history.map { $0.scoredAt.timeIntervalSince1970 } == [100, 100, 50, 200, 150, 20])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func aFailedAppendWritesNothing(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            await #expect(throws: (any Error).self) {
                try await repository.transaction { inner in
                    try await inner.appendScores([Self.score("lead-a", version: "m-0001", at: 100)])
                    throw ModelStoreError(.notFound, "stop")
                }
            }
            #expect(try await repository.latestScores(for: nil).isEmpty)
            #expect(try await repository.scoreHistory(after: nil, limit: 10).isEmpty)
        }
    }
}
