import Crypto
import Foundation

/// Random secrets (session cookies, CSRF and API tokens) and the SHA-256 under which the store keeps them.
///
/// A token is 32 bytes from the system's CSPRNG, base64url without padding (43 characters, cookie-safe).
enum SecretToken {
    /// A new random token.
    ///
    /// - Parameter prefix: Text put before the random part (e.g. `upt_` marks API tokens in logs and scanners).
    /// - Returns: The token.
    static func generate(prefix: String = "") -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return prefix + base64
    }

    /// The SHA-256 of a token, as 64 lowercase hex digits: what the store keeps instead of the token.
    ///
    /// A fast hash is enough here (unlike passwords): the token has 256 random bits, so it cannot be guessed.
    ///
    /// - Parameter token: The token.
    /// - Returns: The hex digest.
    static func sha256Hex(_ token: String) -> String {
        // Every signed-in request hashes its token: digits from a table, not `String(format:)` per byte.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(2 * SHA256.byteCount)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Compares two secrets in time independent of where they differ.
    ///
    /// - Parameters:
    ///   - lhs: One secret.
    ///   - rhs: The other.
    /// - Returns: True when they are equal.
    static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
