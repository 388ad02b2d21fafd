import Foundation
import UptakeCore
import UptakeStore

/// A saved model on disk: `uptake-model.json` (the whole `TrainedModel`) and `xgboost-model.json`
/// (the trees alone, for Python's xgboost or any other XGBoost reader).
struct TrainModelDirectory {
    /// The file holding the whole model.
    static let modelFile = "uptake-model.json"
    /// The file holding the XGBoost trees.
    static let boosterFile = "xgboost-model.json"

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
