import Foundation

/// The registry's summary of what a model was trained on.
public struct ModelDataSummary: Hashable, Sendable, Codable {
    /// Rows trained and evaluated on (train + validation + holdout).
    public var rows: Int
    /// The share of positive rows.
    public var positiveRate: Double
    /// The earliest reference date among the rows, if known.
    public var firstDate: Date?
    /// The latest reference date among the rows, if known.
    public var lastDate: Date?
    /// A fingerprint of the rows and labels (FNV-1a 64, hex).
    public var hash: String

    /// Makes a summary.
    ///
    /// - Parameters:
    ///   - rows: Rows.
    ///   - positiveRate: The share of positives.
    ///   - firstDate: The earliest date.
    ///   - lastDate: The latest date.
    ///   - hash: The fingerprint.
    public init(rows: Int, positiveRate: Double, firstDate: Date?, lastDate: Date?, hash: String) {
        self.rows = rows
        self.positiveRate = positiveRate
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.hash = hash
    }
}
