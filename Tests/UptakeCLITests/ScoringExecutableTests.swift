import Foundation
import Testing
import UptakeCore
@testable import UptakeCLI

/// `uptake train`, `score`, `score export` and `model ...` end to end on a demo territory, as a user runs them.
@Suite("Scoring commands, end to end", .serialized)
struct ScoringExecutableTests {
    static func uptake(_ arguments: [String]) throws -> ExecutableTests.Run {
        try ExecutableTests.uptake(arguments)
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("UptakeCoreTests/Fixtures/scoring/imported")
    static let rulesFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples/demo-rules.yaml")

    @Test func trainScoreExportPromoteImport() throws {
        let directory = try ExecutableTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = ["--database", "sqlite:\(directory.path)/demo.sqlite"]
        #expect(try Self.uptake(["demo", "generate", "--today", "2026-11-02"] + db).status == 0)

        // Train from the store: the issue's JSON keys; the first model is champion.
        let train = try Self.uptake(["train", "--as-of", "2026-11-02", "--json", "--threads", "1"] + db)
        #expect(train.status == 0, "\(train.error)")
        let metrics = try JSONDecoder().decode([String: Double].self, from: Data(train.output.utf8))
        #expect(Set(metrics.keys) == ["roc_auc", "average_precision", "log_loss", "brier", "ece", "rows_train",
                                      "rows_holdout", "positives_holdout"])
        #expect((metrics["roc_auc"] ?? 0) > 0.65)
        #expect(train.error.contains("Registered model version m-0001 (champion"))

        // A deliberately weak second model: promotion refused with both metrics, then forced and recorded.
        let weak = try Self.uptake(["train", "--as-of", "2026-11-02", "--max-rounds", "1", "--max-depth", "1"] + db)
        #expect(weak.status == 0 && weak.output.contains("Registered model version m-0002 (not champion"))
        let refused = try Self.uptake(["model", "promote", "m-0002"] + db)
        #expect(refused.status != 0)
        #expect(refused.error.contains("promotion of m-0002 refused: the candidate has lower ROC AUC"))
        #expect(refused.error.contains("candidate m-0002: ROC AUC") && refused.error.contains("champion m-0001: ROC AUC"))
        let forced = try Self.uptake(["model", "promote", "m-0002", "--force", "--by", "tester"] + db)
        #expect(forced.status == 0 && forced.output.contains("m-0002 is now the champion (forced), replacing m-0001"))
        let show = try Self.uptake(["model", "show", "m-0002"] + db)
        #expect(show.output.contains("Model version m-0002 (champion)") && show.output.contains("by tester (forced)"))
        let list = try Self.uptake(["model", "list", "--json"] + db)
        let versions = try #require(JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(versions.map { $0["id"] as? String } == ["m-0001", "m-0002"])
        #expect(versions.map { $0["champion"] as? Bool } == [false, true])

        // Score with the champion, then with a named version: history grows, latest is per lead.
        let score = try Self.uptake(["score", "--json"] + db)
        #expect(score.status == 0, "\(score.error)")
        let summary = try #require(JSONSerialization.jsonObject(with: Data(score.output.utf8)) as? [String: Any])
        #expect(summary["model_version"] as? String == "m-0002" && summary["leads"] as? Int == 3_000)
        #expect(["gold", "silver", "bronze"].compactMap { summary[$0] as? Int }.reduce(0, +) == 3_000)
        // Model health: the champion's drift against its training profile on the leads just scored.
        let health = try Self.uptake(["model", "health", "--json"] + db)
        #expect(health.status == 0, "\(health.error)")
        let reading = try #require(JSONSerialization.jsonObject(with: Data(health.output.utf8)) as? [String: Any])
        #expect(reading["model_version"] as? String == "m-0002" && reading["has_profile"] as? Bool == true)
        let report = try #require(reading["report"] as? [String: Any])
        #expect(["ok", "watch", "alert"].contains(report["status"] as? String ?? ""))
        #expect((report["drift"] as? [String: Any])?["currentRowCount"] as? Int == 3_000)
        let healthText = try Self.uptake(["model", "health", "--days", "7"] + db)
        #expect(healthText.output.contains("Model m-0002 at"), "\(healthText.output)\(healthText.error)")
        #expect(healthText.output.contains("Drift on 3000 recently scored leads"))

        let again = try Self.uptake(["score", "--model-version", "m-0001"] + db)
        #expect(again.status == 0 && again.output.contains("Scored 3000 leads with m-0001"))
        #expect(again.output.contains("gold") && again.output.contains("bronze"))

        let latest = directory.appendingPathComponent("latest.csv"), history = directory.appendingPathComponent("all.csv")
        #expect(try Self.uptake(["score", "export", "--out", latest.path] + db).status == 0)
        #expect(try Self.uptake(["score", "export", "--out", history.path, "--all-history"] + db).status == 0)
        let latestLines = try String(contentsOf: latest, encoding: .utf8).split(separator: "\n")
        #expect(latestLines.first == "lead_id,model_version,scored_at,probability,score,tier,reasons")
        #expect(latestLines.count == 3_001 && latestLines.dropFirst().allSatisfy { $0.contains(",m-0001,") })
        #expect(try String(contentsOf: history, encoding: .utf8).split(separator: "\n").count == 6_001)

        // Export a version and import it back; import the Python-trained fixture too.
        let exported = directory.appendingPathComponent("m1")
        #expect(try Self.uptake(["model", "export", "m-0001", "--out", exported.path] + db).status == 0)
        for file in ["uptake-model.json", "xgboost-model.json", "schema.json"] {
            #expect(FileManager.default.fileExists(atPath: exported.appendingPathComponent(file).path), "\(file)")
        }
        let reimport = try Self.uptake([
            "model", "import", exported.appendingPathComponent("xgboost-model.json").path,
            "--schema", exported.appendingPathComponent("schema.json").path,
        ] + db)
        #expect(reimport.status == 0 && reimport.output.contains("as m-0003 (not evaluated"))
        let evaluated = try Self.uptake([
            "model", "import", exported.appendingPathComponent("xgboost-model.json").path,
            "--schema", exported.appendingPathComponent("schema.json").path, "--evaluate", "--as-of", "2026-11-02",
        ] + db)
        #expect(evaluated.status == 0 && evaluated.output.contains("as m-0004 (holdout ROC AUC"), "\(evaluated.error)")
        let python = try Self.uptake([
            "model", "import", Self.fixtures.appendingPathComponent("model.json").path,
            "--schema", Self.fixtures.appendingPathComponent("schema.json").path,
        ] + db)
        #expect(python.status == 0 && python.output.contains("as m-0005"), "\(python.error)")
        #expect(try Self.uptake(["model", "promote", "m-0005"] + db).error.contains("m-0005: not evaluated"))
        let imported = try Self.uptake(["score", "--model-version", "m-0005"] + db)
        #expect(imported.status == 0 && imported.output.contains("Scored 3000 leads with m-0005"), "\(imported.error)")
        let mismatch = try Self.uptake([
            "model", "import", Self.fixtures.appendingPathComponent("model.json").path,
            "--schema", exported.appendingPathComponent("schema.json").path,
        ] + db)
        #expect(mismatch.status != 0 && mismatch.error.contains("does not match its schema"))

        // The rules scorer: same outputs, no probability, version rules:<hash>.
        let rules = try Self.uptake(["score", "--rules", Self.rulesFile.path, "--json"] + db)
        #expect(rules.status == 0, "\(rules.error)")
        let rulesSummary = try #require(JSONSerialization.jsonObject(with: Data(rules.output.utf8)) as? [String: Any])
        #expect((rulesSummary["model_version"] as? String)?.hasPrefix("rules:") == true)
        #expect(try Self.uptake(["score", "export", "--out", latest.path] + db).status == 0)
        let ruleLine = try #require(try String(contentsOf: latest, encoding: .utf8).split(separator: "\n").dropFirst().first)
        #expect(ruleLine.contains(",rules:") && ruleLine.split(separator: ",", omittingEmptySubsequences: false)[3].isEmpty)
        let list2 = try Self.uptake(["model", "list"] + db)
        #expect(list2.output.contains("*  m-0002") && list2.output.contains("imported"))
    }

    /// A CSV in time order whose `trend` column climbs and carries the outcome, as the bank-marketing data's
    /// economic indicators do.
    static func driftingCSV(rows: Int) -> String {
        var random = SeededGenerator(seed: 42)
        func unit() -> Double { random.nextUnit() }
        var lines = ["trend,noise,converted"]
        for row in 0..<rows {
            let trend = 4 * Double(row) / Double(rows) - 2 + 0.3 * (unit() - 0.5)
            let converted = unit() < 1 / (1 + exp(-(-0.5 + 1.2 * trend)))
            lines.append(String(format: "%.4f,%.4f,%@", trend, unit(), converted ? "yes" : "no"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func orderedTrainingWeighsRecentRowsWhenInputsMoved() throws {
        let directory = try ExecutableTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("drifting.csv")
        try Self.driftingCSV(rows: 2_000).write(to: csv, atomically: true, encoding: .utf8)
        let common = ["train", "--csv", csv.path, "--label", "converted", "--positive", "yes", "--split", "ordered",
                      "--threads", "1", "--max-rounds", "30"]
        let weighted = try Self.uptake(common)
        #expect(weighted.status == 0, "\(weighted.error)")
        #expect(weighted.output.contains("weighted by recency, half-life 400 rows; inputs moved: trend"),
                "\(weighted.output)")
        // --write-holdout: every holdout row once, at full precision; its ROC AUC is the one training reports.
        let holdout = directory.appendingPathComponent("holdout.csv")
        let json = try Self.uptake(common + ["--json", "--write-holdout", holdout.path])
        #expect(json.status == 0, "\(json.error)")
        let metrics = try JSONDecoder().decode([String: Double].self, from: Data(json.output.utf8))
        let lines = try String(contentsOf: holdout, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "row,label,probability")
        let rows = lines.dropFirst().map { $0.split(separator: ",") }
        #expect(rows.map { Int($0[0]) } == Array(1_600..<2_000))
        let auc = try ScoringMetrics.rocAUC(
            labels: rows.map { $0[1] == "1" }, scores: rows.map { Double($0[2]) ?? .nan })
        #expect(abs(auc - (metrics["roc_auc"] ?? 0)) < 1e-12)
        #expect(throws: (any Error).self) { try TrainCommand.parse(["--write-holdout", "h.csv"]) }

        let plain = try Self.uptake(common + ["--no-recency-weights"])
        #expect(plain.status == 0, "\(plain.error)")
        #expect(!plain.output.contains("weighted by recency"), "\(plain.output)")
        #expect(!plain.output.contains("logistic base rows") || plain.output.contains("equal weights"))
    }

    @Test func tooLittleDataIsRefusedAndNothingIsRegistered() throws {
        let directory = try ExecutableTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = ["--database", "sqlite:\(directory.path)/small.sqlite"]
        #expect(try Self.uptake(["demo", "generate", "--reps", "2", "--teams", "1", "--agencies", "150",
                                 "--today", "2026-11-20"] + db).status == 0)
        let train = try Self.uptake(["train", "--as-of", "2026-11-20"] + db)
        #expect(train.status != 0)
        #expect(train.error.contains("not enough data to train a model") && train.error.contains("--rules"))
        let list = try Self.uptake(["model", "list"] + db)
        #expect(list.output.contains("No model versions yet"))
        let score = try Self.uptake(["score"] + db)
        #expect(score.status != 0 && score.error.contains("there is no champion model yet"))
        let missing = try Self.uptake(["model", "show", "m-0009"] + db)
        #expect(missing.status != 0 && missing.error.contains("there is no model version m-0009"))
    }
}
