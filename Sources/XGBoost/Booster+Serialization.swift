import CXGBoost
import Foundation

extension Booster {
    /// Loads a model saved as XGBoost JSON (by this wrapper or by Python's xgboost 1.7).
    ///
    /// ```swift
    /// let booster = try Booster(jsonModel: try Data(contentsOf: modelURL))
    /// ```
    ///
    /// A JSON model written by a newer XGBoost than the linked library is refused: XGBoost 1.7 loads a
    /// 3.x model without complaint but misreads its base score (written as a vector), so every
    /// prediction would be silently wrong. Models from the same major.minor (any patch) are accepted.
    ///
    /// - Parameter jsonModel: The model's bytes. XGBoost also accepts its UBJSON and legacy binary formats
    ///   (not version-checked).
    /// - Throws: `XGBoostError` with XGBoost's message when the bytes are not a model it can read;
    ///   `.unsupportedModel` for a JSON model from a newer XGBoost; `.invalidArgument` when empty.
    ///
    /// Wraps `XGBoosterLoadModelFromBuffer`.
    public convenience init(jsonModel: Data) throws {
        guard !jsonModel.isEmpty else {
            throw XGBoostError(.invalidArgument, "the model is empty", function: "XGBoosterLoadModelFromBuffer")
        }
        try Self.checkWriterVersion(of: jsonModel)
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

    /// Refuses a JSON model whose top-level `"version": [major, minor, patch]` is newer than the library's
    /// major.minor. Non-JSON bytes and JSON that does not parse are left for XGBoost to judge.
    private static func checkWriterVersion(of model: Data) throws {
        guard model.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"),
              let object = try? JSONSerialization.jsonObject(with: model) as? [String: Any],
              let written = object["version"] as? [Int], written.count >= 2
        else { return }
        let library = XGBoostLibrary.versionNumbers
        if (written[0], written[1]) > (library.major, library.minor) {
            throw XGBoostError(
                .unsupportedModel,
                "the model was written by XGBoost \(written.map(String.init).joined(separator: ".")) but the "
                    + "linked library is XGBoost \(XGBoostLibrary.version), which would misread it; "
                    + "save it with xgboost \(library.major).\(library.minor).x",
                function: "Booster.init(jsonModel:)"
            )
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

private extension UInt8 {
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
