import Foundation
import Testing
import UptakeCore
import UptakeDemo
import UptakeImport
import UptakeStore
import UptakeTesting
@testable import UptakeCLI

/// `uptake score` from the store: the steps its progress bar is driven by, and scores that do not depend
/// on the step sizes. (The bar itself is silent when standard output is not a terminal, so the steps
/// are checked here, where `runFromStore` receives them.)
@Suite("ScoreCommand from the store")
struct ScoreCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let asOf = Date(timeIntervalSince1970: 1_763_769_600)  // 2025-11-22 00:00 UTC

    /// A small demo territory (2 reps, 230 agencies) in the store.
    static func seed(_ repository: SQLRepository) async throws -> Int {
        let territory = try DemoTerritoryGenerator(
            DemoTerritoryConfiguration(seed: 7, reps: 2, teams: 1, agencies: 230, today: asOf)
        ).generate()
        _ = try await repository.upsert(reps: territory.reps)
        _ = try await repository.upsert(leads: territory.leads)
        return territory.leads.count
    }

    /// Collects the steps reported (from any thread: the lock guards the array).
    final class Steps: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [ScoreCommand.Step] = []
        var all: [ScoreCommand.Step] { lock.withLock { steps } }
        func append(_ step: ScoreCommand.Step) { lock.withLock { steps.append(step) } }
    }

    @Test("the steps go through reading, scoring and writing in order, each with intermediate counts")
    func stepsAdvanceThroughEveryPhase() async throws {
        let rules = try ScoringRulesFile.load(
            contentsOf: Self.packageRoot.appendingPathComponent("docs/examples/demo-rules.yaml"))
        try await TestDatabase.sqliteMemory.withRepository { repository in
            let leads = try await Self.seed(repository)
            let steps = Steps()
            let summary = try await ScoreCommand.scoreStore(
                repository, modelVersion: nil, rules: rules, asOf: Self.asOf, reasons: 3, batchSize: 50_000,
                pageSize: 50, scoringStep: 40, writingStep: 60
            ) { steps.append($0) }
            #expect(summary.leads == leads && summary.modelVersion.hasPrefix("rules:"))
            #expect(try await repository.latestScores(for: nil).count == leads)

            let reported = steps.all
            // Phases never go back, and within a phase the count never goes back.
            #expect(zip(reported, reported.dropFirst()).allSatisfy { earlier, later in
                earlier.phase.rawValue < later.phase.rawValue
                    || (earlier.phase == later.phase && earlier.done <= later.done)
            })
            let fractions = reported.map(\.fraction)
            #expect(fractions == fractions.sorted() && fractions.last == 1 && fractions.first == 0)
            for phase in ScoreCommand.Step.Phase.allCases {
                let ofPhase = reported.filter { $0.phase == phase }
                #expect(ofPhase.allSatisfy { $0.total == leads }, "\(phase)")
                #expect(ofPhase.first?.done == 0 && ofPhase.last?.done == leads, "\(phase)")
                // 230 leads in steps of 50, 40 and 60: every step is reported, not just the ends.
                let step = [ScoreCommand.Step.Phase.readingLeads: 50, .scoring: 40, .writingScores: 60][phase]!
                let expected = [0] + Array(stride(from: step, to: leads, by: step)) + [leads]
                #expect(ofPhase.map(\.done) == expected, "\(phase)")
            }
        }
    }

    @Test("a model's scores are the same in one batch and in small steps; the fraction weighs the phases")
    func modelScoresDoNotDependOnSteps() async throws {
        let fixtures = Self.packageRoot.appendingPathComponent("Tests/UptakeCoreTests/Fixtures/scoring/imported")
        let model = try TrainedModel.imported(
            boosterJSON: try Data(contentsOf: fixtures.appendingPathComponent("model.json")),
            schema: try JSONDecoder().decode(
                ImportedModelSchema.self, from: Data(contentsOf: fixtures.appendingPathComponent("schema.json"))),
            referenceDate: Self.asOf)
        try await TestDatabase.sqliteMemory.withRepository { repository in
            let leads = try await Self.seed(repository)
            let version = try await repository.registerModel(
                model, source: .imported, data: ModelDataSummary(rows: 0, positiveRate: 0, firstDate: nil,
                                                                  lastDate: nil, hash: "test"),
                createdAt: Self.asOf, note: nil)
            let whole = Date(timeIntervalSince1970: 1_800_000_000), stepped = whole.addingTimeInterval(60)
            let oneBatch = try await ScoreCommand.scoreStore(
                repository, modelVersion: nil, rules: nil, asOf: Self.asOf, reasons: 3, batchSize: 50_000,
                scoredAt: whole) { _ in }
            let first = try await repository.latestScores(for: nil)
            let steps = Steps()
            let inSteps = try await ScoreCommand.scoreStore(
                repository, modelVersion: version.id, rules: nil, asOf: Self.asOf, reasons: 3, batchSize: 7,
                scoredAt: stepped, pageSize: 33, scoringStep: 19, writingStep: 51
            ) { steps.append($0) }
            let second = try await repository.latestScores(for: nil)
            #expect(oneBatch == inSteps && oneBatch.leads == leads && oneBatch.modelVersion == version.id)
            #expect(first.count == leads && second.count == leads)
            for (lead, score) in first {
                var later = try #require(second[lead])
                #expect(later.scoredAt == stepped)
                later.scoredAt = score.scoredAt
                #expect(later == score)
            }
            #expect(steps.all.filter { $0.phase == .scoring }.count == 1 + (leads + 18) / 19)
        }
        // Halfway through scoring: all of reading, half of scoring.
        let half = ScoreCommand.Step(phase: .scoring, done: 1, total: 2)
        let percent = Double(ScoreCommand.Step.Phase.readingLeads.percent)
            + Double(ScoreCommand.Step.Phase.scoring.percent) / 2
        #expect(abs(half.fraction - percent / 100) < 1e-12)
        #expect(ScoreCommand.Step.Phase.allCases.map(\.percent).reduce(0, +) == 100)
    }
}
