import Foundation

/// Row weights that make recent rows count more, for a model that will score rows later in time than any it
/// learns from.
///
/// With an `ordered` or `time` split the holdout is the future of the rows before it, and when the world
/// drifts (the bank-marketing data's economic indicators move to values never seen earlier) the latest rows
/// say most about it. Each row before the holdout is weighted by `2^(−age / halfLife)`, where `age` is how many
/// places older in time order it is than the newest row, and the half-life is the holdout's own length in
/// rows: a row one holdout-length older than the newest counts half. Rows with equal times share their places'
/// mean, so they get equal weights. The weights are scaled to a mean of 1, so a penalty's strength (a
/// regression's `C`) means what it means unweighted.
///
/// ``ModelTrainer`` fits the ``LinearBase`` with these weights (the part of the model that extrapolates in
/// time); the trees and the validation slice are not weighted. A random split has no time order and no
/// weights.
///
/// ```swift
/// let split = try DataSplit.make(rowCount: rows, strategy: .ordered)
/// let weights = try RecencyWeights(split: split, strategy: .ordered)   // train rows, then validation rows
/// ```
public struct RecencyWeights: Hashable, Sendable {
    /// One weight per row before the holdout: the split's train rows, then its validation rows.
    public var values: [Double]
    /// The half-life in rows (the holdout's row count).
    public var halfLife: Double

    /// Weights rows by their places in time order.
    ///
    /// - Parameters:
    ///   - places: Each row's place in time order (larger is more recent; equal places are equal times).
    ///   - halfLife: The age in places at which a row counts half, positive.
    /// - Throws: `TrainingError.Code.invalidConfiguration` for no rows, a non-finite place or a half-life
    ///   that is not positive.
    public init(places: [Double], halfLife: Double) throws {
        guard !places.isEmpty else { throw TrainingError(.invalidConfiguration, "recency weights need rows") }
        guard halfLife > 0, halfLife.isFinite else {
            throw TrainingError(.invalidConfiguration, "the recency half-life \(halfLife) must be positive")
        }
        guard places.allSatisfy(\.isFinite) else {
            throw TrainingError(.invalidConfiguration, "recency weights need a finite place for every row")
        }
        let newest = places.max()!
        let raw = places.map { exp2(-(newest - $0) / halfLife) }
        let mean = raw.reduce(0, +) / Double(raw.count)
        values = raw.map { $0 / mean }
        self.halfLife = halfLife
    }

    /// The weights of a split's rows before the holdout (train rows, then validation rows, each ascending as
    /// the split holds them), with the holdout's row count as half-life; `nil` for a random split.
    ///
    /// - Parameters:
    ///   - split: The split.
    ///   - strategy: How it was made: `ordered` places rows by row number, `time` by `times`.
    ///   - times: For `time`, one finite value per row of the whole table.
    /// - Throws: `TrainingError.Code.invalidConfiguration` when a `time` split has no or too few times.
    public init?(split: DataSplit, strategy: SplitStrategy, times: [Double]? = nil) throws {
        let rows = split.train + split.validation
        let places: [Double]
        switch strategy {
        case .random:
            return nil
        case .ordered:
            places = rows.map(Double.init)
        case .time(let column):
            guard let times, let last = rows.max(), last < times.count else {
                throw TrainingError(.invalidConfiguration, "recency weights need the times of \"\(column)\"")
            }
            places = Self.ranks(rows.map { times[$0] })
        }
        try self.init(places: places, halfLife: Double(split.holdout.count))
    }

    /// Ranks from 0, ties sharing the mean of their ranks.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, values[order[end]] == values[order[start]] { end += 1 }
            let shared = Double(start + end - 1) / 2
            for position in start..<end { ranks[order[position]] = shared }
            start = end
        }
        return ranks
    }
}
