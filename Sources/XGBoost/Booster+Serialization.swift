import CXGBoost
import Foundation

extension Booster {
    /// Loads a model saved as XGBoost JSON (by this wrapper or by Python's xgboost 1.7).
    ///
    /// ```swift
    /// let booster = try Booster(jsonModel: try Data(contentsOf: modelURL))
    /// ```
    ///
    /// - Parameter jsonModel: The model's bytes. XGBoost also accepts its UBJSON and legacy binary formats.
    /// - Throws: `XGBoostError` with XGBoost's message when the bytes are not a model it can read;
    ///   `.invalidArgument` when they are empty.
    ///
    /// Wraps `XGBoosterLoadModelFromBuffer`.
    public convenience init(jsonModel: Data) throws {
        guard !jsonModel.isEmpty else {
            throw XGBoostError(.invalidArgument, "the model is empty", function: "XGBoosterLoadModelFromBuffer")
        }
        try self.init(cache: [])
        try withHandle { handle in
            try jsonModel.withUnsafeBytes { bytes in
                try check(
                    XGBoosterLoadModelFromBuffer(handle, bytes.baseAddress, bst_ulong(bytes.count)),
                    function: "XGBoosterLoadModelFromBuffer"
                )
            }
        }
    }

    /// Loads a model from an XGBoost JSON file.
    ///
    /// - Parameter url: The file.
    /// - Throws: The file system's error when the file cannot be read; `XGBoostError` as for
    ///   `init(jsonModel:)`.
    public convenience init(contentsOf url: URL) throws {
        try self.init(jsonModel: try Data(contentsOf: url))
    }

    /// The model as XGBoost JSON: trees, objective, base score, feature count and attributes.
    ///
    /// - Returns: UTF-8 JSON that Python's xgboost 1.7 (and this wrapper) can load.
    /// - Throws: `XGBoostError` with XGBoost's message.
    ///
    /// Wraps `XGBoosterSaveModelToBuffer` with `{"format": "json"}`.
    public func jsonModel() throws -> Data {
        try withHandle { handle in
            var length: bst_ulong = 0
            var bytes: UnsafePointer<CChar>?
            try check(
                XGBoosterSaveModelToBuffer(handle, #"{"format": "json"}"#, &length, &bytes),
                function: "XGBoosterSaveModelToBuffer"
            )
            // The buffer belongs to XGBoost and is reused by the next call: copy it now.
            guard let bytes else { return Data() }
            return Data(bytes: bytes, count: Int(length))
        }
    }

    /// Writes the model to a file as XGBoost JSON, atomically.
    ///
    /// - Parameter url: The file to write (by convention ending in `.json`).
    /// - Throws: `XGBoostError` with XGBoost's message; the file system's error when writing fails.
    public func write(to url: URL) throws {
        try jsonModel().write(to: url, options: .atomic)
    }
}
