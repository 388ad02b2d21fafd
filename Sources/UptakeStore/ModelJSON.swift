import Foundation

/// The JSON coding of stored models, metrics and reasons: ISO 8601 dates, sorted keys, and NaN or
/// infinity written as strings (an unevaluated model's metrics are NaN, which plain JSON cannot hold).
public enum ModelJSON {
    /// An encoder with the store's settings.
    ///
    /// - Returns: The encoder.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN"
        )
        return encoder
    }

    /// A decoder with the store's settings.
    ///
    /// - Returns: The decoder.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN"
        )
        return decoder
    }
}
