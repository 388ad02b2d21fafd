import ArgumentParser
import Foundation
import UptakeCore
import UptakeImport

/// `uptake train`: trains a calibrated XGBoost lead-scoring model from the store (registering it as a
/// model version) or from a CSV file, and reports its holdout metrics.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a calibrated lead-scoring model and report its holdout metrics.",
        discussion: """
            Without --csv, trains on the leads in the database: the label is "converted within \
            --horizon-days after the lead's creation", and only leads whose window has closed by --as-of \
            are used. The holdout is the most recent 20% of them (--split time, the default; or random). \
            The model is registered as the next version (m-0001, ...); the first one becomes champion.

            With --csv FILE --label COL --positive VALUE, trains on a file instead (nothing is registered).

            Rows are split three ways: training, a validation slice (early stopping and isotonic \
            calibration) and a holdout (evaluation only). Holdout metrics are computed on calibrated \
            probabilities.
            """
    )

    @Option(help: ArgumentHelp("The delimited file to train on (header line; ; , or tab).", valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("The outcome column (with --csv).", valueName: "column"))
    var label: String?

    @Option(help: ArgumentHelp("The outcome column's value that means converted (with --csv).", valueName: "value"))
    var positive: String?

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Without --csv: a lead counts as converted when it converts within this many days of its creation.")
    var horizonDays = 90

    @Option(help: ArgumentHelp(
        "Without --csv: the day labels are known at, YYYY-MM-DD (default: today).", valueName: "date"
    ))
    var asOf: String?

    @Option(
        help: ArgumentHelp("Columns not to use as features, comma-separated.", valueName: "columns"),
        transform: { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    )
    var drop: [String] = []

    @Option(help: """
        How to split: random (seeded), ordered (last rows are the holdout) or time (by --time-column; \
        from the database, by creation date). Default: random for --csv, time for the database.
        """)
    var split: TrainSplitKind?

    @Option(help: ArgumentHelp("The date column for --split time.", valueName: "column"))
    var timeColumn: String?

    @Option(help: "The holdout's share of the rows.")
    var holdout = 0.2

    @Option(help: "The validation slice's share of the non-holdout rows.")
    var validation = 0.2

    @Option(help: "Seed of the random split and of XGBoost's sampling.")
    var seed: UInt64 = 1

    @Option(help: "The most boosting rounds (early stopping usually ends sooner).")
    var maxRounds = TrainingConfiguration().maxRounds

    // The library's defaults, so the command and TrainingConfiguration cannot drift apart.
    @Option(help: "The learning rate.")
    var eta = TrainingConfiguration().eta

    @Option(help: "The deepest a tree may grow.")
    var maxDepth = TrainingConfiguration().maxDepth

    @Option(help: "XGBoost threads (0: all cores).")
    var threads = 0

    @Flag(
        inversion: .prefixedNo,
        help: """
            Also train trees on a logistic-regression base and keep whichever has the lower validation log \
            loss (--no-linear-base: trees only).
            """
    )
    var linearBase = true

    @Flag(
        inversion: .prefixedNo,
        help: """
            With --split ordered or time, when some input's distribution moved between the train and validation \
            rows (PSI > 0.2), weight the logistic base's rows by recency: a row one holdout-length older than the \
            newest counts half (--no-recency-weights: every row the same).
            """
    )
    var recencyWeights = true

    @Flag(help: "Print one JSON object of holdout metrics instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("Write a self-contained HTML report with charts.", valueName: "file.html"))
    var report: String?

    @Option(help: ArgumentHelp("Save the model (uptake-model.json, xgboost-model.json).", valueName: "dir"))
    var saveModel: String?

    @Option(help: ArgumentHelp("Write each row's part (train, validation, holdout) as CSV.", valueName: "file"))
    var writeSplit: String?

    @Option(help: ArgumentHelp(
        "Write each holdout row's calibrated probability as CSV (row, label, probability).", valueName: "file"))
    var writeHoldout: String?

    func validate() throws {
        if csv != nil {
            guard label != nil, positive != nil else {
                throw ValidationError("--csv needs --label COL and --positive VALUE, e.g. --label converted --positive yes")
            }
            if split == .time, timeColumn == nil { throw ValidationError("--split time needs --time-column") }
            if split != .time, timeColumn != nil {
                throw ValidationError("--time-column is only used with --split time")
            }
        } else {
            if label != nil || positive != nil || !drop.isEmpty || timeColumn != nil || writeHoldout != nil {
                throw ValidationError(
                    "--label, --positive, --drop, --time-column and --write-holdout are for --csv; "
                        + "from the database the label is "
                        + "\"converted within --horizon-days\" and the split is by creation date"
                )
            }
            if split == .ordered { throw ValidationError("--split ordered is for --csv; use time or random") }
            guard horizonDays >= 1 else { throw ValidationError("--horizon-days must be at least 1") }
            _ = try AsOfDay.parse(asOf, option: "--as-of")
        }
        try trainingConfiguration().validate()
        guard holdout > 0, holdout < 1, validation > 0, validation < 1 else {
            throw ValidationError("--holdout and --validation must be between 0 and 1")
        }
    }

    /// The trainer's configuration from the flags.
    func trainingConfiguration() -> TrainingConfiguration {
        var configuration = TrainingConfiguration()
        switch split ?? (csv == nil ? .time : .random) {
        case .random: configuration.split = .random(seed: seed)
        case .ordered: configuration.split = .ordered
        case .time: configuration.split = .time(column: timeColumn ?? LeadFeatureTable.referenceDateColumn)
        }
        configuration.holdoutFraction = holdout
        configuration.validationFraction = validation
        configuration.seed = seed
        configuration.maxRounds = maxRounds
        configuration.eta = eta
        configuration.maxDepth = maxDepth
        configuration.threadCount = threads
        configuration.linearBase = linearBase
        configuration.recencyWeights = recencyWeights
        return configuration
    }

    func run() async throws {
        guard let csv, let label, let positive else { return try await runFromStore() }
        let input = try TrainInput.read(
            csv: URL(fileURLWithPath: csv), label: label, positive: positive, drop: drop
        )
        let trainer = ModelTrainer(configuration: trainingConfiguration())
        if let writeSplit {
            try TrainInput.writeSplit(try trainer.split(input.table), to: URL(fileURLWithPath: writeSplit))
        }
        let progress = ProgressReporter(title: "Training")
        let started = Date()
        let model: TrainedModel
        do {
            model = try trainer.train(table: input.table, labels: input.labels) { step in
                progress.update(step.fraction)
            }
            progress.succeed()
        } catch {
            progress.fail()
            throw error
        }
        let seconds = Date().timeIntervalSince(started)
        try writeOutputs(model, source: csv, label: label, positive: positive)
        if let writeHoldout {
            let split = try trainer.split(input.table)
            try input.writeHoldout(model: model, split: split, to: URL(fileURLWithPath: writeHoldout))
        }
        print(json ? try Self.jsonSummary(model) : Self.table(model, seconds: seconds))
    }

    /// Writes `--save-model` and `--report` when asked.
    func writeOutputs(_ model: TrainedModel, source: String, label: String, positive: String) throws {
        if let saveModel { try TrainModelDirectory(url: URL(fileURLWithPath: saveModel)).save(model) }
        if let report {
            let page = TrainReport(model: model, source: source, label: label, positive: positive)
            try page.html().write(to: URL(fileURLWithPath: report), atomically: true, encoding: .utf8)
        }
    }

    /// The `--json` output: one object with the keys of `TrainingMetricsSummary`, sorted.
    ///
    /// - Parameter model: The trained model.
    /// - Returns: The JSON text.
    static func jsonSummary(_ model: TrainedModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(TrainingMetricsSummary(model: model)), as: UTF8.self)
    }

    /// The text output: holdout metrics, then the training run's facts.
    static func table(_ model: TrainedModel, seconds: Double) -> String {
        let e = model.evaluation
        let d = model.dataSummary
        let rows: [(String, String)] = [
            ("ROC AUC", format(e.rocAUC)),
            ("ROC AUC, uncalibrated", format(e.uncalibratedROCAUC)),
            ("average precision", format(e.averagePrecision)),
            ("log loss", format(e.logLoss)),
            ("Brier score", format(e.brier)),
            ("ECE (10 bins)", format(e.expectedCalibrationError)),
            ("top-decile lift", format(e.deciles.first?.lift ?? .nan, digits: 2)),
            ("rows train / validation / holdout", "\(d.trainRows) / \(d.validationRows) / \(d.holdoutRows)"),
            ("positives in holdout", "\(e.positives) of \(e.rowCount)"),
            ("split", d.split.name),
            ("model", model.candidateSummary),
        ] + (model.baseWeightsSummary.map { [("logistic base rows", $0)] } ?? []) + [
            ("best round / rounds trained", "\(model.bestIteration + 1) / \(model.roundsTrained)"),
            ("training time", String(format: "%.1f s", seconds)),
            ("data hash (FNV-1a 64)", d.contentHash),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        let lines = rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
        return (["Holdout metrics (calibrated probabilities)"] + lines).joined(separator: "\n")
    }

    private static func format(_ value: Double, digits: Int = 4) -> String {
        String(format: "%.\(digits)f", value)
    }
}

/// The `--split` choices.
enum TrainSplitKind: String, ExpressibleByArgument, CaseIterable {
    case random, ordered, time
}
