import Foundation
import UptakeCore
import UptakeStore

/// A saved model on disk: `uptake-model.json` (the whole `TrainedModel`), `xgboost-model.json`
/// (the trees alone, for Python's xgboost or any other XGBoost reader) and, for a model whose trees boost
/// from a linear base, `linear-base.json` (`LinearBase`: the `base_margin` Python must pass).
struct TrainModelDirectory {
    /// The file holding the whole model.
    static let modelFile = "uptake-model.json"
    /// The file holding the XGBoost trees.
    static let boosterFile = "xgboost-model.json"
    /// The file holding the linear base, when the model has one.
    static let linearBaseFile = "linear-base.json"

    /// The directory.
    var url: URL

    /// Writes a model, creating the directory.
    ///
    /// - Parameter model: The model.
    /// - Throws: File errors.
    func save(_ model: TrainedModel) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        // The registry's coding: an imported model's unknown metrics are NaN, written as "NaN".
        try ModelJSON.encoder().encode(model).write(to: url.appendingPathComponent(Self.modelFile), options: .atomic)
        try model.boosterJSON.write(to: url.appendingPathComponent(Self.boosterFile), options: .atomic)
        let baseURL = url.appendingPathComponent(Self.linearBaseFile)
        if let base = model.linearBase {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(base).write(to: baseURL, options: .atomic)
        } else if FileManager.default.fileExists(atPath: baseURL.path) {
            // A stale base from an earlier model in the same directory would mislead a Python reader.
            try FileManager.default.removeItem(at: baseURL)
        }
    }

    /// The files `save` wrote for a model, for messages.
    static func fileNames(for model: TrainedModel) -> String {
        ([modelFile, boosterFile] + (model.linearBase == nil ? [] : [linearBaseFile])).joined(separator: ", ")
    }

    /// Reads a model.
    ///
    /// - Returns: The model.
    /// - Throws: File and decoding errors; `TrainingError` for an unreadable format version.
    func load() throws -> TrainedModel {
        let model = try ModelJSON.decoder().decode(
            TrainedModel.self, from: Data(contentsOf: url.appendingPathComponent(Self.modelFile))
        )
        try model.validate()
        return model
    }
}
