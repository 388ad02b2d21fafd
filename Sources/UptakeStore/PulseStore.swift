import UptakeCore

/// Where readiness-pulse surveys, link tokens and anonymous answers are kept.
///
/// Raw answers leave the store only to be summarised by ``UptakeCore/PulseResults``, which suppresses
/// every group of fewer than five; nothing else should publish them.
public protocol PulseStore: Sendable {
    /// Stores a survey, or updates its title and flags when its id exists.
    ///
    /// - Parameter survey: The survey.
    /// - Throws: The database's error.
    func save(pulseSurvey survey: PulseSurvey) async throws
    /// Every survey, newest first (then by id).
    ///
    /// - Returns: The surveys.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func pulseSurveys() async throws -> [PulseSurvey]
    /// Stores answers to a survey, all or none.
    ///
    /// - Parameters:
    ///   - answers: The answers.
    ///   - surveyID: The survey they answer.
    ///   - source: Where they came from ("csv", "link", "simulated").
    /// - Throws: The database's error; nothing of this call is stored then.
    func insert(pulseAnswers answers: [PulseAnswer], surveyID: String, source: String) async throws
    /// A survey's answers, for ``UptakeCore/PulseResults`` only.
    ///
    /// - Parameter surveyID: The survey.
    /// - Returns: Its answers, in no meaningful order.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func pulseAnswers(surveyID: String) async throws -> [PulseAnswer]
    /// Stores one-time link grants (hashes only).
    ///
    /// - Parameter grants: The grants.
    /// - Throws: The database's error (a repeated hash among them).
    func issue(pulseTokens grants: [PulseTokenGrant]) async throws
    /// Whether a link token can still answer: it was issued and has not been used. Reads only; consumes nothing.
    ///
    /// One answer for every way a link can fail (never issued, already used), so a caller that shows it
    /// reveals nothing about which, nor whether someone already answered through it. (Grants carry no expiry
    /// today; a future one would answer `false` here too.)
    ///
    /// - Parameter tokenHash: ``UptakeCore/PulseLinkToken/hash(_:)`` of the token in the link.
    /// - Returns: `true` when ``submitPulseAnswer(tokenHash:scores:comment:)`` would accept it now.
    /// - Throws: The database's error.
    func pulseTokenIsOpen(tokenHash: String) async throws -> Bool
    /// Consumes a link token and stores its answer under the grant's survey, role and team, atomically.
    ///
    /// - Parameters:
    ///   - tokenHash: ``UptakeCore/PulseLinkToken/hash(_:)`` of the token in the link.
    ///   - scores: The ratings.
    ///   - comment: The comment, if any.
    /// - Returns: The grant the token carried.
    /// - Throws: ``UptakeCore/PulseError`` `.invalidToken` when the token is unknown or already used (nothing
    ///   is stored), or the database's error.
    func submitPulseAnswer(tokenHash: String, scores: PulseScores, comment: String?) async throws -> PulseTokenGrant
}
