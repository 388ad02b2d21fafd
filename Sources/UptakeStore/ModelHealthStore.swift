import Foundation
import UptakeCore

/// The reads model health needs, bounded by its windows rather than by the whole score history, refined by
/// `UptakeRepository`.
///
/// Drift reads the scores of the last few weeks; realized performance reads the leads whose outcome window
/// closed since the model was trained, and each one's first score inside that window. Date bounds agree
/// exactly with the same `Date` comparisons made in Swift on the stored (millisecond) dates.
public protocol ModelHealthStore: Sendable {
    /// Each lead's latest probability score by a model among those dated in `[from, to)`.
    ///
    /// "Latest" is the last written (the history's order), as a walk of ``ModelStore/scoreHistory(after:limit:)``
    /// keeping the last score per lead would find. Rules scores (no probability) are left out.
    ///
    /// - Parameters:
    ///   - modelVersion: The model version (`m-0001`).
    ///   - from: Start of the window, included.
    ///   - to: End of the window, excluded.
    /// - Returns: One score per lead, ordered by lead id, each with its ``StoredLeadScore/sequence``.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func latestModelScores(modelVersion: String, from: Date, to: Date) async throws -> [StoredLeadScore]

    /// The first probability score a model gave each lead created in `[createdFrom, createdTo)` before that
    /// lead's outcome window closed and before `before`.
    ///
    /// "First" is the first written. A score counts when `scoredAt < before` and
    /// `scoredAt < createdAt + horizon`, the latter compared in stored milliseconds
    /// (`scored_at_ms < created_at_ms + horizon in ms`).
    ///
    /// - Parameters:
    ///   - modelVersion: The model version.
    ///   - createdFrom: Earliest creation date of the leads, included.
    ///   - createdTo: Latest creation date, excluded.
    ///   - horizon: The outcome window's length.
    ///   - before: Scores from this instant on do not count.
    /// - Returns: One score per lead that has one, ordered by lead id, each with its sequence.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func firstModelScoresInOutcomeWindow(
        modelVersion: String, createdFrom: Date, createdTo: Date, horizon: TimeInterval, before: Date
    ) async throws -> [StoredLeadScore]

    /// The leads created in `[from, to)`, ordered by id.
    ///
    /// - Parameters:
    ///   - from: Earliest creation date, included.
    ///   - to: Latest creation date, excluded.
    /// - Returns: The leads.
    /// - Throws: The database's error, or ``StoreError`` `.corruptRow`.
    func leads(createdFrom from: Date, to: Date) async throws -> [Lead]
}
