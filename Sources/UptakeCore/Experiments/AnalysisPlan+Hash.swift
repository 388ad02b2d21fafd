import Foundation

extension AnalysisPlan {
    /// The plan's hash: `sha256:` and the SHA-256 of ``canonicalJSON()`` in hex.
    ///
    /// Stored when the pilot starts and printed on every status and analysis, so that anyone can check
    /// that the analysis ran on the plan fixed before the data came in (re-encode the plan and compare).
    ///
    /// - Returns: For example `sha256:9f86d08…`.
    /// - Throws: `EncodingError` if a number in the plan is not finite.
    public func planHash() throws -> String {
        "sha256:" + SHA256Digest.hex(try canonicalJSON())
    }
}
