import Foundation
import Testing
@testable import UptakeCore
import XGBoost

@Suite("LeadScorer: scores, tiers and SHAP reasons")
struct LeadScorerTests {
    @Test("per row, every column's contribution plus the bias is the model's margin")
    func reasonsSumToMargin() throws {
        let model = ModelTrainerTests.trained.model
        let rows = ModelTrainerTests.data.table.selecting(Array(0..<300))
        let scorer = try LeadScorer(model: model, batchSize: 128)
        let scores = try scorer.score(rows, scoringDate: model.referenceDate)
        let booster = try Booster(jsonModel: model.boosterJSON)
        let matrix = try DMatrix(
            values: model.schema.encode(rows, scoringDate: model.referenceDate),
            rowCount: rows.rowCount, columnCount: model.schema.featureCount
        )
        let margins = try booster.predictMargin(matrix, rounds: .throughBestIteration)
        let raw = try booster.predict(matrix, rounds: .throughBestIteration)
        #expect(scores.count == 300)
        for (index, score) in scores.enumerated() {
            #expect(abs(score.margin - Double(margins[index])) < 1e-4)
            let stepped = min(max(model.calibrator.calibrate(Double(raw[index])), 0.001), 0.999)
            #expect(abs(score.probability - stepped) <= TrainedModel.tieBreakWeight)
            #expect(score.probability == model.calibratedProbability(raw: Double(raw[index])))
            #expect(score.tier == model.tierCutPoints.tier(for: score.probability))
        }
    }

    @Test("scoring on several threads gives what one thread gives, with and without a linear base")
    func threadsDoNotChangeScores() throws {
        for (trained, table) in [
            (ModelTrainerTests.trained.model, ModelTrainerTests.data.table),
            (ModelTrainerLinearBaseTests.trained.model, ModelTrainerLinearBaseTests.data.table),
        ] {
            let rows = table.selecting(Array(0..<1_600))
            var single = trained
            single.configuration.threadCount = 1
            var several = trained
            several.configuration.threadCount = 3
            let serial = try LeadScorer(model: single).score(rows, scoringDate: trained.referenceDate)
            let threaded = try LeadScorer(model: several).score(rows, scoringDate: trained.referenceDate)
            #expect(threaded == serial)
            // The margin is the model's own, linear base included.
            let values = try trained.schema.encode(rows, scoringDate: trained.referenceDate)
            let matrix = try DMatrix(
                values: values, rowCount: rows.rowCount, columnCount: trained.schema.featureCount,
                baseMargins: trained.linearBase?.margins(values, rowCount: rows.rowCount)
            )
            let booster = try Booster(jsonModel: trained.boosterJSON)
            let margins = try booster.predictMargin(matrix, rounds: .throughBestIteration)
            #expect(zip(threaded, margins).allSatisfy { abs($0.margin - Double($1)) < 1e-4 })
            // Exactly what the per-row path gives: featureContributions, then columnContributions, then
            // the top reasons by (size, column order).
            let contributions = try booster.predictContributions(matrix, rounds: .throughBestIteration)
            let width = trained.schema.featureCount
            let names = trained.schema.columns.map(\.name)
            for (row, score) in threaded.enumerated() {
                let (perFeature, baseSum) = LeadScorer.featureContributions(
                    trees: contributions.row(row).dropLast(), values: values[(row * width)..<((row + 1) * width)],
                    base: trained.linearBase)
                let perColumn = try trained.schema.columnContributions(perFeature)
                #expect(score.margin == perColumn.reduce(Double(contributions.bias(row: row)) - baseSum, +))
                let ranked = perColumn.indices.sorted { (perColumn[$0], $1) > (perColumn[$1], $0) }
                let up = ranked.prefix(3).filter { perColumn[$0] > 0 }
                let down = ranked.reversed().prefix(3).filter { perColumn[$0] < 0 }
                #expect(score.positiveReasons.map(\.feature) == up.map { names[$0] })
                #expect(score.positiveReasons.map(\.contribution) == up.map { perColumn[$0] })
                #expect(score.negativeReasons.map(\.feature) == down.map { names[$0] })
                #expect(score.negativeReasons.map(\.contribution) == down.map { perColumn[$0] })
            }
        }
        #expect(ModelTrainerLinearBaseTests.trained.model.linearBase != nil)
    }

    @Test("batch by batch: every batch handed over once, in order, with the scores of one big batch")
    func batchesInOrder() throws {
        struct Stop: Error {}
        let model = ModelTrainerTests.trained.model
        let rows = ModelTrainerTests.data.table.selecting(Array(0..<1_000))
        let whole = try LeadScorer(model: model, batchSize: 5_000).score(rows, scoringDate: model.referenceDate)
        let scorer = try LeadScorer(model: model, batchSize: 300)
        var handed: [(Range<Int>, [LeadScore])] = []
        try scorer.score(rows, scoringDate: model.referenceDate) { handed.append(($0, $1)) }
        #expect(handed.map(\.0) == [0..<300, 300..<600, 600..<900, 900..<1_000])
        #expect(handed.flatMap(\.1) == whole)
        // An error from the receiver stops the run with that error.
        var calls = 0
        #expect(throws: Stop.self) {
            try scorer.score(rows, scoringDate: model.referenceDate) { _, _ in
                calls += 1
                if calls == 2 { throw Stop() }
            }
        }
        #expect(calls == 2)
        // No rows, no batches.
        try scorer.score(rows.selecting([]), scoringDate: model.referenceDate) { _, _ in Issue.record("a batch of nothing") }
    }

    @Test("reasons: at most 3 of each sign, ordered by size, with the row's value and words")
    func reasonShape() throws {
        let model = ModelTrainerTests.trained.model
        let rows = ModelTrainerTests.data.table.selecting([0, 1, 2, 3, 4])
        let scorer = try LeadScorer(model: model, displayNames: ["agents": "Agents"])
        for (row, score) in try scorer.score(rows, scoringDate: model.referenceDate).enumerated() {
            #expect(score.positiveReasons.count <= 3 && score.negativeReasons.count <= 3)
            #expect(score.positiveReasons.allSatisfy { $0.contribution > 0 })
            #expect(score.negativeReasons.allSatisfy { $0.contribution < 0 })
            let up = score.positiveReasons.map(\.contribution)
            let down = score.negativeReasons.map(\.contribution)
            #expect(up == up.sorted(by: >))
            #expect(down == down.sorted())
            for reason in score.positiveReasons + score.negativeReasons where reason.feature == "Agents" {
                let expected = rows.column(named: "agents")?.values.value(at: row)
                if case .number(let agents)? = expected { #expect(reason.value == String(Int(agents))) }
                else { #expect(reason.value == "missing") }
            }
        }
        #expect(ScoreReason(feature: "Agents", value: "12", contribution: 0.4).text == "Agents = 12: raises the chance")
        #expect(ScoreReason(feature: "Region", value: "South", contribution: -0.2).text
            == "Region = South: lowers the chance")
    }

    @Test("scores are 100 × p rounded, clamped to 1...99")
    func scoreScale() {
        #expect(LeadScore.score(for: 0.0001) == 1)
        #expect(LeadScore.score(for: 0.234) == 23)
        #expect(LeadScore.score(for: 0.235) == 24)
        #expect(LeadScore.score(for: 0.999) == 99)
        #expect(LeadScore.score(for: .nan) == 1)
    }

    @Test("a table without a column the model needs is refused, naming it")
    func missingColumn() throws {
        let model = ModelTrainerTests.trained.model
        let rows = ModelTrainerTests.data.table.selecting([0, 1]).dropping(["region"])
        let error = try #require(throws: ScoringError.self) {
            try LeadScorer(model: model).score(rows, scoringDate: model.referenceDate)
        }
        #expect(error.code == .missingColumn)
        #expect(error.message.contains("region"))
    }
}
