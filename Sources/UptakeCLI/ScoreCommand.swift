import ArgumentParser
import Foundation
import UptakeCore
import UptakeImport

/// `uptake score`: scores every lead in the store with the champion (or a chosen version, or a rules
/// file) and appends the scores to the history; with `--csv`, scores a file with a saved model instead.
struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score every lead (probability, 1–99 score, tier, reasons) and keep the score history.",
        discussion: """
            Without --csv, scores every lead in the database with the champion model (or \
            --model-version V, or the rules of --rules FILE), appends the scores to the history (never \
            overwritten) and prints the count per tier.

            `uptake score export --out FILE.csv [--all-history]` writes the stored scores as CSV: the \
            latest per lead, or every score ever stored. Columns: lead_id, model_version, scored_at, \
            probability (empty for rules scores), score, tier, reasons.

            With --csv FILE --model DIR --out FILE, scores a file with a model saved by \
            `uptake train --save-model`; the output has one line per input row: row (from 0), \
            probability (calibrated), score, tier, and the reasons (the top 3 factors raising and the top \
            3 lowering the chance, from SHAP contributions) joined by "; ".
            """,
    )

    /// What `uptake score ACTION` does besides scoring.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        /// Write the stored scores as CSV.
        case export
    }

    @Argument(help: ArgumentHelp("export: write the stored scores to --out as CSV.", valueName: "action"))
    var action: Action?

    @Flag(help: "With export: every score ever stored, in the order written, not just the latest per lead.")
    var allHistory = false

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Score with this model version instead of the champion.", valueName: "version"))
    var modelVersion: String?

    @Option(help: ArgumentHelp("Score with a rules file (YAML) instead of a model.", valueName: "file"))
    var rules: String?

    @Flag(help: "Print one JSON object (model version, leads, count per tier) instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("The delimited file of leads to score.", valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("With --csv: a directory written by uptake train --save-model.", valueName: "dir"))
    var model: String?

    @Option(help: ArgumentHelp("With --csv: where to write the scores (CSV).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp(
        "With --csv: the day ages of date columns are measured at, YYYY-MM-DD (default: today). "
            + "The database's leads are described at their creation date, as in training.",
        valueName: "date"
    ))
    var asOf: String?

    @Option(help: "Reasons of each sign per lead.")
    var reasons = 3

    @Option(help: "Leads scored per XGBoost call (from the database at most 5,000: the progress bar's step).")
    var batchSize = 50_000

    func validate() throws {
        if action == .export {
            guard out != nil else { throw ValidationError("export needs --out FILE.csv") }
            if csv != nil || model != nil || modelVersion != nil || rules != nil {
                throw ValidationError("export takes only --out, --all-history and --database")
            }
            return
        }
        if allHistory { throw ValidationError("--all-history goes with export") }
        if csv != nil {
            guard model != nil, out != nil else { throw ValidationError("--csv needs --model DIR and --out FILE") }
            if modelVersion != nil || rules != nil {
                throw ValidationError("--model-version and --rules score the database; with --csv use --model DIR")
            }
        } else {
            if model != nil || out != nil {
                throw ValidationError(
                    "--model and --out go with --csv; the database's leads are scored in place "
                        + "(to write stored scores: uptake score export --out FILE)"
                )
            }
            if modelVersion != nil, rules != nil { throw ValidationError("choose --model-version or --rules, not both") }
        }
        guard reasons >= 0, batchSize >= 1 else { throw ValidationError("--reasons and --batch-size must be positive") }
        _ = try scoringDate()
    }

    /// The `--as-of` day at 00:00 UTC, or now.
    func scoringDate() throws -> Date {
        try AsOfDay.parse(asOf, option: "--as-of")
    }

    func run() async throws {
        if action == .export, let out {
            return try await ScoreExporter(database: database, out: out, allHistory: allHistory).run()
        }
        guard let csv, let model, let out else { return try await runFromStore() }
        let trained = try TrainModelDirectory(url: URL(fileURLWithPath: model)).load()
        let kinds = Dictionary(uniqueKeysWithValues: trained.schema.columns.map { ($0.name, $0.encoding.kind) })
        let table = try TrainingCSVReader(kinds: kinds, columns: Set(kinds.keys))
            .read(contentsOf: URL(fileURLWithPath: csv))
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
        try scorer.score(table, scoringDate: date) { rows, scores in
            try handle.write(contentsOf: Data(Self.csvLines(scores, firstRow: rows.lowerBound, threads: trained.configuration.threadCount).utf8))
            progress.update(Double(rows.upperBound) / Double(max(table.rowCount, 1)))
        }
        progress.succeed()
    }

    /// Output lines for scored rows.
    ///
    /// - Parameters:
    ///   - scores: Scores of consecutive rows.
    ///   - firstRow: The first row's index.
    ///   - threads: Threads to format on (0: every core), as the model's thread count.
    /// - Returns: One CSV line per score, each ending in a newline.
    static func csvLines(_ scores: [LeadScore], firstRow: Int, threads: Int = 0) -> String {
        ConcurrentRows.chunks(count: scores.count, threads: threads) { rows in
            var text = ""
            text.reserveCapacity(rows.count * 200)
            for offset in rows {
                let score = scores[offset]
                text += String(firstRow + offset)
                text += ","
                text += PrintfText.fixed(score.probability, digits: 6)
                text += ","
                text += String(score.score)
                text += ","
                text += score.tier.rawValue
                text += ",\""
                let start = text.utf8.count
                ScoreReason.appendJoined(score.positiveReasons, score.negativeReasons, to: &text)
                if text.utf8.dropFirst(start).contains(UInt8(ascii: "\"")) {
                    // Rare (a quote in a name or value): write the cell again with its quotes doubled.
                    text.removeSubrange(text.utf8.index(text.utf8.startIndex, offsetBy: start)...)
                    text += CSVField.doublingQuotes(ScoreReason.joined(score.positiveReasons, score.negativeReasons))
                }
                text += "\"\n"
            }
            return text
        }.joined()
    }
}
