import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

/// `uptake model import model.json --schema schema.json`: registers a model trained elsewhere.
struct ModelImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Register an XGBoost JSON model trained elsewhere (e.g. Python's xgboost 1.7) as a version.",
        discussion: """
            The schema file names the lead columns behind the model's features, in order, and the tier \\
            cut points (format in docs/scoring.md). Scores use the model's probabilities as they are (no \\
            calibration). The version is recorded as imported and not evaluated, so promoting it over an \\
            evaluated champion needs --force; if there is no champion yet it becomes the champion.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp(
        "The XGBoost JSON model (Python: booster.save_model(\"model.json\")).", valueName: "model.json"
    ))
    var model: String

    @Option(help: ArgumentHelp("The feature schema file.", valueName: "schema.json"))
    var schema: String

    @Flag(help: "Evaluate on the database's holdout (as uptake train would split it) and record the metrics.")
    var evaluate = false

    @Option(help: ArgumentHelp("With --evaluate: the day labels are known at (default: today).", valueName: "date"))
    var asOf: String?

    @Option(help: "With --evaluate: the label's horizon in days.")
    var horizonDays = 90

    func validate() throws {
        if !evaluate, asOf != nil { throw ValidationError("--as-of goes with --evaluate") }
        _ = try AsOfDay.parse(asOf, option: "--as-of")
        guard horizonDays >= 1 else { throw ValidationError("--horizon-days must be at least 1") }
    }

    func run() async throws {
        let modelURL = URL(fileURLWithPath: model), schemaURL = URL(fileURLWithPath: schema)
        let boosterJSON: Data, schemaFile: ImportedModelSchema
        do {
            boosterJSON = try Data(contentsOf: modelURL)
        } catch {
            throw ModelCommandError(.invalidFile, "cannot read \(model): \(error.localizedDescription)")
        }
        do {
            schemaFile = try JSONDecoder().decode(ImportedModelSchema.self, from: Data(contentsOf: schemaURL))
        } catch {
            throw ModelCommandError(.invalidFile, "\(schemaURL.lastPathComponent) is not a valid schema file: \(error)")
        }
        let trained: TrainedModel
        do {
            trained = try TrainedModel.imported(boosterJSON: boosterJSON, schema: schemaFile, referenceDate: Date())
        } catch let error as TrainingError {
            throw ModelCommandError(
                .invalidFile, "\(modelURL.lastPathComponent) does not match its schema: \(error.message)"
            )
        } catch let error as ScoringError {
            throw ModelCommandError(.invalidFile, "\(schemaURL.lastPathComponent): \(error.message)")
        }
        var hasher = FNV1aHasher()
        hasher.combine(bytes: boosterJSON)
        let modelHash = hasher.hexadecimal
        var note = "imported from \(modelURL.lastPathComponent) with \(schemaURL.lastPathComponent)"
        let (evaluate, horizon) = (self.evaluate, TimeInterval(horizonDays) * 86_400)
        let asOf = try AsOfDay.parse(asOf, option: "--as-of")
        if evaluate { note += "; evaluated on the database's holdout as of \(AsOfDay.text(asOf))" }
        let version = try await database.withRepository { repository in
            var model = trained
            var data = ModelDataSummary(rows: 0, positiveRate: 0, firstDate: nil, lastDate: nil, hash: modelHash)
            if evaluate {
                let snapshot = try await StoreSnapshot.read(repository, conversionsBefore: asOf)
                let set = try LeadTrainingSet(
                    leads: snapshot.leads, reps: snapshot.reps, conversions: snapshot.conversions, asOf: asOf,
                    horizon: horizon
                )
                model = try set.evaluate(trained)
                data = TrainCommand.dataSummary(set)
            }
            return try await repository.registerModel(
                model, source: .imported, data: data, createdAt: Date(), note: note
            )
        }
        let status: String
        if version.isChampion {
            status = " (champion: the first model)"
        } else if let metrics = version.metrics {
            status = String(format: " (holdout ROC AUC %.4f, log loss %.4f)", metrics.rocAUC, metrics.logLoss)
        } else {
            status = " (not evaluated; promote with --force)"
        }
        print("Imported \(model) as \(version.id)" + status)
    }
}
