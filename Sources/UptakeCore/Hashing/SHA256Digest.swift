import Crypto
import Foundation

/// SHA-256 as lowercase hexadecimal, from swift-crypto: the frozen pilot plan's hash and the stored form of
/// one-time pulse tokens.
public enum SHA256Digest {
    /// The digest of `data` as 64 lowercase hexadecimal digits.
    ///
    /// - Parameter data: The bytes.
    /// - Returns: The hex digest.
    public static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The digest of `text`'s UTF-8 bytes as 64 lowercase hexadecimal digits.
    ///
    /// - Parameter text: The text.
    /// - Returns: The hex digest.
    public static func hex(_ text: String) -> String {
        hex(Data(text.utf8))
    }
}
