import ArgumentParser
import Foundation
import Testing
import UptakeCore
@testable import UptakeCLI

@Suite("uptake train and uptake score")
struct TrainCommandTests {
    @Test("help lists the options")
    func help() {
        let help = TrainCommand.helpMessage(for: TrainCommand.self, columns: 120)
        for option in ["--csv <file>", "--label <column>", "--positive <value>", "--drop <columns>", "--split <split>",
                       "--time-column <column>", "--holdout <holdout>", "--seed <seed>", "--json", "--report <file.html>",
                       "--save-model <dir>", "--write-split <file>", "--no-linear-base", "--no-recency-weights"] {
            #expect(help.contains(option), "\(option)")
        }
        for option in ["--horizon-days <horizon-days>", "--as-of <date>", "--database <url>"] {
            #expect(help.contains(option), "\(option)")
        }
        let score = ScoreCommand.helpMessage(for: ScoreCommand.self, columns: 120)
        for option in ["--model <dir>", "--out <file>", "--model-version <version>", "--rules <file>", "--all-history",
                       "uptake score export --out FILE.csv"] {
            #expect(score.contains(option), "\(option)")
        }
        let model = ModelCommand.helpMessage(for: ModelCommand.self, columns: 120)
        for name in ["list", "show", "promote", "export", "import"] {
            #expect(model.contains("  \(name) "), "\(name)")
        }
        let promote = ModelPromoteCommand.helpMessage(for: ModelPromoteCommand.self, columns: 120)
        #expect(promote.contains("--force") && promote.contains("--by <name>") && promote.contains("unless --force"))
        let importHelp = ModelImportCommand.helpMessage(for: ModelImportCommand.self, columns: 120)
        #expect(importHelp.contains("--schema <schema.json>") && importHelp.contains("<model.json>"))
    }

    @Test("without --csv the database is used; CSV-only flags are refused with a message saying why")
    func storeOrCSV() throws {
        // The defaults are the configuration the demo AUC test trains with (DemoTerritoryScoringTests).
        var defaults = try TrainCommand.parse([]).trainingConfiguration()
        defaults.threadCount = 1
        var expected = LeadTrainingSet.defaultConfiguration()
        expected.threadCount = 1
        #expect(defaults == expected)
        let store = try TrainCommand.parse(["--as-of", "2026-11-02", "--horizon-days", "60"])
        #expect(store.csv == nil && store.horizonDays == 60)
        #expect(store.trainingConfiguration().split == .time(column: LeadFeatureTable.referenceDateColumn))
        #expect(try TrainCommand.parse(["--split", "random"]).trainingConfiguration().split == .random(seed: 1))
        for arguments in [["--label", "y", "--positive", "yes"], ["--split", "ordered"], ["--as-of", "2026-13-01"],
                          ["--horizon-days", "0"], ["--csv", "x.csv", "--label", "y"]] {
            #expect(throws: (any Error).self, "\(arguments)") { try TrainCommand.parse(arguments) }
        }
        do {
            _ = try TrainCommand.parse(["--label", "y", "--positive", "yes"])
        } catch {
            #expect(TrainCommand.message(for: error).contains("are for --csv"))
        }
        #expect(throws: (any Error).self) { try ScoreCommand.parse(["--model", "m", "--out", "o"]) }
        #expect(throws: (any Error).self) { try ScoreCommand.parse(["--rules", "r.yaml", "--model-version", "m-0001"]) }
        #expect(throws: (any Error).self) { try ScoreCommand.parse(["export"]) }
        #expect(throws: (any Error).self) { try ScoreCommand.parse(["--all-history"]) }
        let export = try ScoreCommand.parse(["export", "--out", "s.csv", "--all-history"])
        #expect(export.action == .export && export.allHistory)
    }

    @Test("flags become the trainer's configuration; a time split needs its column")
    func configuration() throws {
        let command = try TrainCommand.parse([
            "--csv", "x.csv", "--label", "y", "--positive", "yes", "--split", "ordered", "--holdout", "0.25",
            "--seed", "7", "--drop", "a,b",
        ])
        let configuration = command.trainingConfiguration()
        #expect(configuration.split == .ordered)
        #expect(configuration.holdoutFraction == 0.25)
        #expect(configuration.seed == 7)
        #expect(command.drop == ["a", "b"])
        #expect(configuration.usesRecencyWeights && configuration.usesLinearBase)
        let unweighted = try TrainCommand.parse([
            "--csv", "x.csv", "--label", "y", "--positive", "yes", "--split", "ordered", "--no-recency-weights",
        ]).trainingConfiguration()
        #expect(unweighted.recencyWeights == false && unweighted.usesLinearBase)
        #expect(throws: (any Error).self) {
            try TrainCommand.parse(["--csv", "x", "--label", "y", "--positive", "1", "--split", "time"])
        }
    }

    @Test("labels come from the label column; a positive value never seen is refused")
    func labels() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("train-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "a,y,b\n1,yes,x\n2,no,y\n3,yes,z\n".write(to: url, atomically: true, encoding: .utf8)
        let input = try TrainInput.read(csv: url, label: "y", positive: "yes", drop: ["b"])
        #expect(input.labels == [true, false, true])
        #expect(input.table.columns.map(\.name) == ["a"])
        let error = try #require(throws: ScoringError.self) {
            try TrainInput.read(csv: url, label: "y", positive: "Yes", drop: [])
        }
        #expect(error.message.contains("never equals \"Yes\""))
    }

    @Test("the split file lists every row once with its part")
    func splitFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("split-\(UUID()).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try TrainInput.writeSplit(DataSplit(train: [0, 3], validation: [2], holdout: [1]), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8)
            == "row,part\n0,train\n1,holdout\n2,validation\n3,train\n")
    }

    @Test("score lines: row, probability, score, tier, quoted reasons")
    func scoreLines() {
        let score = LeadScore(
            probability: 0.4213, tier: .gold,
            positiveReasons: [ScoreReason(feature: "Agents", value: "12", contribution: 0.4)],
            negativeReasons: [ScoreReason(feature: "Region", value: "\"S\"", contribution: -0.1)], margin: 0
        )
        #expect(ScoreCommand.csvLines([score], firstRow: 5)
            == "5,0.421300,42,gold,\"Agents = 12: raises the chance; Region = \"\"S\"\": lowers the chance\"\n")
        // Many rows are written on several threads: the same lines, in order, as one row at a time.
        let many = (0..<2_500).map { row in
            LeadScore(
                probability: Double(row) / 2_500, tier: .silver,
                positiveReasons: row.isMultiple(of: 7) ? [] : [ScoreReason(feature: "A", value: "\(row)", contribution: 1)],
                negativeReasons: row.isMultiple(of: 5) ? [ScoreReason(feature: "Q", value: "\"\(row)", contribution: -1)] : [],
                margin: 0
            )
        }
        #expect(ScoreCommand.csvLines(many, firstRow: 10)
            == many.indices.map { ScoreCommand.csvLines([many[$0]], firstRow: 10 + $0) }.joined())
        // A quote that shares a character with a combining mark is doubled too.
        let marked = LeadScore(
            probability: 0.5, tier: .gold, positiveReasons: [ScoreReason(feature: "N", value: "\"\u{301}", contribution: 1)],
            negativeReasons: [], margin: 0)
        #expect(ScoreCommand.csvLines([marked], firstRow: 0)
            == "0,0.500000,50,gold,\"N = \"\"\u{301}: raises the chance\"\n")
        #expect(ScoreCommand.csvLines(many, firstRow: 10).hasPrefix("10,0.000000,1,silver,\"Q = \"\"0: lowers the chance\"\n"))
    }
}
