import UptakeCore
import UptakeStore

/// Answers through a one-time pulse link, shared by the page and the JSON API.
///
/// The token in the link is the only credential: its SHA-256 (``UptakeCore/PulseLinkToken/hash(_:)``) is
/// consumed with the answer in one transaction by the store, so a link answers once. The answer keeps no
/// user, no token and no time, whoever is signed in.
struct PulseLink: Sendable {
    let repository: any UptakeRepository

    /// Stores an answer and consumes the link.
    ///
    /// - Parameters:
    ///   - token: The token from the link.
    ///   - input: The checked answer.
    /// - Throws: ``AppError`` 404 when the token is unknown or already used (nothing is stored), or the
    ///   database's error.
    func submit(token: String, input: PulseAnswerInput) async throws {
        do {
            _ = try await repository.submitPulseAnswer(
                tokenHash: PulseLinkToken.hash(token), scores: input.scores, comment: input.comment)
        } catch let error as PulseError where error.code == .invalidToken {
            throw AppError.notFound("pulse link")
        }
    }
}
