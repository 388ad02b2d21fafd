import Foundation

/// One run of `uptake import` (or of the demo generator), as recorded in the store.
public struct ImportRecord: Hashable, Sendable, Codable {
    /// What was imported: `leads`, `reps`, `appointments`, `visits`, `conversions`, or `demo`.
    public var entity: String
    /// The file's name as given.
    public var source: String
    /// When the import finished; stored to the millisecond.
    public var finishedAt: Date
    /// What the import's upserts did.
    public var summary: UpsertSummary
    /// Input rows refused by validation.
    public var rejected: Int

    /// Makes a record.
    ///
    /// - Parameters:
    ///   - entity: What was imported (`leads`, `reps`, ..., `demo`).
    ///   - source: The file's name as given.
    ///   - finishedAt: When the import finished.
    ///   - summary: What the import's upserts did.
    ///   - rejected: Input rows refused by validation.
    public init(entity: String, source: String, finishedAt: Date, summary: UpsertSummary, rejected: Int) {
        self.entity = entity
        self.source = source
        self.finishedAt = finishedAt
        self.summary = summary
        self.rejected = rejected
    }
}
