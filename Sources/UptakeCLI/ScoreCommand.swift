import ArgumentParser
import Foundation
import UptakeCore
import UptakeImport

/// `uptake score --csv`: scores the leads of a CSV file with a saved model and writes probabilities,
/// 1–99 scores, tiers and reasons as CSV.
struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score leads from a CSV file with a saved model: probability, 1–99 score, tier and reasons.",
        discussion: """
            The output has one line per input row: row (from 0), probability (calibrated), score, tier, \
            and the reasons (the top 3 factors raising and the top 3 lowering the chance, from SHAP \
            contributions) joined by "; ". Scoring leads in the database comes later; for now --csv is \
            required.
            """
    )

    @Option(help: ArgumentHelp("The delimited file of leads to score.", valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("A directory written by uptake train --save-model.", valueName: "dir"))
    var model: String

    @Option(help: ArgumentHelp("Where to write the scores (CSV).", valueName: "file"))
    var out: String

    @Option(help: ArgumentHelp(
        "The day ages of date columns are measured at, YYYY-MM-DD (default: today).", valueName: "date"
    ))
    var asOf: String?

    @Option(help: "Reasons of each sign per lead.")
    var reasons = 3

    @Option(help: "Leads scored per XGBoost call.")
    var batchSize = 50_000

    func validate() throws {
        guard csv != nil else {
            throw ValidationError("--csv is required for now: scoring the leads in the database comes later.")
        }
        guard reasons >= 0, batchSize >= 1 else { throw ValidationError("--reasons and --batch-size must be positive") }
        _ = try scoringDate()
    }

    /// The `--as-of` day at 00:00 UTC, or now.
    func scoringDate() throws -> Date {
        guard let asOf else { return Date() }
        guard let date = try? Date(asOf + "T00:00:00Z", strategy: Date.ISO8601FormatStyle()) else {
            throw ValidationError("--as-of \(asOf) is not a YYYY-MM-DD date")
        }
        return date
    }

    func run() async throws {
        let trained = try TrainModelDirectory(url: URL(fileURLWithPath: model)).load()
        let kinds = Dictionary(uniqueKeysWithValues: trained.schema.columns.map { ($0.name, $0.encoding.kind) })
        let table = try TrainingCSVReader(kinds: kinds, columns: Set(kinds.keys))
            .read(contentsOf: URL(fileURLWithPath: csv ?? ""))
        let scorer = try LeadScorer(model: trained, reasonCount: reasons, batchSize: batchSize)
        let date = try scoringDate()
        guard FileManager.default.createFile(atPath: out, contents: nil),
              let handle = FileHandle(forWritingAtPath: out)
        else {
            throw ValidationError("cannot write \(out)")
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("row,probability,score,tier,reasons\n".utf8))
        let progress = ProgressReporter(title: "Scoring")
        var start = 0
        while start < table.rowCount {
            let end = min(start + batchSize, table.rowCount)
            let scores = try scorer.score(table.selecting(Array(start..<end)), scoringDate: date)
            try handle.write(contentsOf: Data(Self.csvLines(scores, firstRow: start).utf8))
            start = end
            progress.update(Double(end) / Double(max(table.rowCount, 1)))
        }
        progress.succeed()
    }

    /// Output lines for scored rows.
    ///
    /// - Parameters:
    ///   - scores: Scores of consecutive rows.
    ///   - firstRow: The first row's index.
    /// - Returns: One CSV line per score, each ending in a newline.
    static func csvLines(_ scores: [LeadScore], firstRow: Int) -> String {
        var text = ""
        text.reserveCapacity(scores.count * 200)
        for (offset, score) in scores.enumerated() {
            let reasons = (score.positiveReasons + score.negativeReasons).map(\.text).joined(separator: "; ")
            text += "\(firstRow + offset),\(String(format: "%.6f", score.probability)),\(score.score),"
            text += "\(score.tier.rawValue),\"\(reasons.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
        }
        return text
    }
}
