/// One-time pulse links: a random token goes in the link; only its SHA-256 is stored, with the survey,
/// role and team it was issued for, so a stolen database does not yield working links and an answer is
/// never tied to a person.
///
/// ```swift
/// var random = SystemRandomNumberGenerator()
/// let token = PulseLinkToken.make(using: &random)      // put in the link
/// let grant = PulseTokenGrant(token: token, surveyID: "readiness-2026-11", role: .rep, team: "North")
/// // store grant (it holds only the hash); on submit, consume PulseLinkToken.hash(token) once
/// ```
public enum PulseLinkToken {
    /// A new token: 32 random bytes, base64url without padding (43 characters).
    ///
    /// - Parameter generator: The randomness (`SystemRandomNumberGenerator` in production).
    /// - Returns: The token.
    public static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var bytes: [UInt8] = []
        for _ in 0..<4 { withUnsafeBytes(of: generator.next().littleEndian) { bytes += $0 } }
        var text = ""
        var buffer = 0, bits = 0
        for byte in bytes {
            buffer = buffer << 8 | Int(byte)
            bits += 8
            while bits >= 6 {
                bits -= 6
                text.append(alphabet[(buffer >> bits) & 63])
            }
        }
        if bits > 0 { text.append(alphabet[(buffer << (6 - bits)) & 63]) }
        return text
    }

    /// The stored form of a token.
    ///
    /// - Parameter token: The token from the link.
    /// - Returns: Its SHA-256, 64 hex digits.
    public static func hash(_ token: String) -> String { SHA256Digest.hex(token) }
}
