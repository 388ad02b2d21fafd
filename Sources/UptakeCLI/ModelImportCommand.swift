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
        let data = ModelDataSummary(rows: 0, positiveRate: 0, firstDate: nil, lastDate: nil, hash: hasher.hexadecimal)
        let note = "imported from \(modelURL.lastPathComponent) with \(schemaURL.lastPathComponent)"
        let version = try await database.withRepository { repository in
            try await repository.registerModel(trained, source: .imported, data: data, createdAt: Date(), note: note)
        }
        print("Imported \(model) as \(version.id)"
            + (version.isChampion ? " (champion: the first model)" : " (not evaluated; promote with --force)"))
    }
}
