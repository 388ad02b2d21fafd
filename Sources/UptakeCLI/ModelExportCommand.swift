import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

/// `uptake model export V --out DIR`: writes a version as files another tool (or `uptake score --csv`,
/// or `uptake model import`) can read.
struct ModelExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a model version to a directory.",
        discussion: """
            Writes uptake-model.json (the whole model: schema, calibrator, metrics; what \\
            `uptake score --csv --model DIR` reads), xgboost-model.json (the trees alone, for Python's \\
            xgboost 1.7) and schema.json (the feature schema in the format `uptake model import` reads).
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The version, e.g. m-0001.", valueName: "version"))
    var version: String

    @Option(help: ArgumentHelp("The directory to write (created if needed).", valueName: "dir"))
    var out: String

    /// The schema file's name in the directory.
    static let schemaFile = "schema.json"

    func run() async throws {
        let version = self.version
        guard let model = try await database.withRepository({ try await $0.trainedModel(version) }) else {
            throw ModelCommandError(.notFound, "there is no model version \(version) (see `uptake model list`)")
        }
        let directory = URL(fileURLWithPath: out)
        try TrainModelDirectory(url: directory).save(model)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(Self.schemaFile(for: model))
            .write(to: directory.appendingPathComponent(Self.schemaFile), options: .atomic)
        print("Wrote \(version) to \(out): \(TrainModelDirectory.fileNames(for: model)), " + Self.schemaFile)
    }

    /// The import-format schema of a model.
    static func schemaFile(for model: TrainedModel) -> ImportedModelSchema {
        ImportedModelSchema(schema: model.schema, tierCutPoints: model.tierCutPoints)
    }
}
