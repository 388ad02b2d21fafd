import Foundation
import XGBoost

/// Scores leads with a trained model: calibrated probability, 1–99 score, tier and reasons.
///
/// Reasons are XGBoost's TreeSHAP contributions (`predictContributions`), summed over each input
/// column's features (`FeatureSchema.columnContributions`); the top positive and top negative columns
/// become the reasons. Rows are scored in batches so that the contribution matrix stays small; within a
/// batch, the work after XGBoost's runs on the model's thread count (`ConcurrentRows`), with the same
/// result as one thread.
///
/// ```swift
/// let scorer = try LeadScorer(model: model)
/// for lead in try scorer.score(table, scoringDate: today) {
///     print(lead.score, lead.tier, lead.positiveReasons.map(\.text))
/// }
/// ```
public struct LeadScorer: Sendable {
    /// The model.
    public let model: TrainedModel
    /// Display names by column name; columns not named here show their own name.
    public var displayNames: [String: String]
    /// How many positive and how many negative reasons to give (each).
    public var reasonCount: Int
    /// Rows per XGBoost call.
    public var batchSize: Int
    private let booster: Booster

    /// Loads a model's trees.
    ///
    /// - Parameters:
    ///   - model: The trained model.
    ///   - displayNames: Display names by column name.
    ///   - reasonCount: Reasons of each sign per lead (default 3).
    ///   - batchSize: Rows per XGBoost call (default 50,000).
    /// - Throws: `TrainingError.Code.invalidModel` for an unreadable model; `XGBoostError`.
    public init(
        model: TrainedModel, displayNames: [String: String] = [:], reasonCount: Int = 3, batchSize: Int = 50_000
    ) throws {
        try model.validate()
        self.model = model
        self.displayNames = displayNames
        self.reasonCount = reasonCount
        self.batchSize = max(1, batchSize)
        booster = try Booster(jsonModel: model.boosterJSON)
        try booster.setParameter("nthread", to: String(model.configuration.threadCount))
    }

    /// Scores every row of a table.
    ///
    /// - Parameters:
    ///   - table: Rows with every column of the model's schema (others are ignored).
    ///   - scoringDate: The date ages of date columns are measured at (today, when scoring live).
    /// - Returns: One score per row, in order.
    /// - Throws: `ScoringError` for a missing or mistyped column; `XGBoostError`.
    public func score(_ table: ColumnTable, scoringDate: Date) throws -> [LeadScore] {
        var scores: [LeadScore] = []
        scores.reserveCapacity(table.rowCount)
        try score(table, scoringDate: scoringDate) { _, batch in scores += batch }
        return scores
    }

    /// Scores a table batch by batch (`batchSize` rows), handing each batch's scores over in order, so
    /// that a caller can write them out while later batches are scored.
    ///
    /// While one batch's reasons are built and handed over, XGBoost already computes the next batch's
    /// contributions on another thread: its threads leave the cores idle at the end of every batch, and
    /// the reasons fill them (`bench/scoring`). The scores are the same as batch after batch.
    ///
    /// - Parameters:
    ///   - table: Rows with every column of the model's schema (others are ignored).
    ///   - scoringDate: The date ages of date columns are measured at.
    ///   - body: Called once per batch, in order, with the batch's rows and their scores. An error it
    ///     throws stops the scoring: the batch XGBoost is working on is waited for and dropped, so nothing
    ///     runs on after the call returns.
    /// - Throws: `ScoringError` for a missing or mistyped column; `XGBoostError`; `body`'s error.
    public func score(
        _ table: ColumnTable, scoringDate: Date, _ body: (Range<Int>, [LeadScore]) throws -> Void
    ) throws {
        let batches = stride(from: 0, to: table.rowCount, by: batchSize).map {
            $0..<min($0 + batchSize, table.rowCount)
        }
        func explaining(_ rows: Range<Int>) -> BackgroundResult<ExplainedBatch> {
            BackgroundResult { [self] in
                let batch = rows.count == table.rowCount ? table : table.selecting(Array(rows))
                return try explain(batch, scoringDate: scoringDate)
            }
        }
        var next = batches.first.map(explaining)
        for (index, rows) in batches.enumerated() {
            guard let current = try next?.value() else { break }
            next = index + 1 < batches.count ? explaining(batches[index + 1]) : nil
            do {
                try body(rows, scores(current))
            } catch {
                _ = try? next?.value()
                throw error
            }
        }
    }

    /// The calibrated probabilities of every row, without reasons (faster).
    ///
    /// - Parameters:
    ///   - table: Rows with every schema column.
    ///   - scoringDate: The date ages are measured at.
    /// - Returns: One probability per row.
    /// - Throws: `ScoringError`; `XGBoostError`.
    public func probabilities(_ table: ColumnTable, scoringDate: Date) throws -> [Double] {
        let (data, _) = try matrix(table, scoringDate: scoringDate)
        return try booster.predict(data, rounds: .throughBestIteration).map {
            model.calibratedProbability(raw: Double($0))
        }
    }

    /// The encoded rows and their matrix (with the linear base's margins when the model has one).
    private func matrix(_ table: ColumnTable, scoringDate: Date) throws -> (DMatrix, [Float]) {
        let values = try model.schema.encode(table, scoringDate: scoringDate)
        let data = try DMatrix(
            values: values,
            rowCount: table.rowCount,
            columnCount: model.schema.featureCount,
            baseMargins: model.linearBase?.margins(values, rowCount: table.rowCount),
            threadCount: model.configuration.threadCount
        )
        return (data, values)
    }

    /// Each encoded feature's contribution to a row's log-odds: the trees' TreeSHAP plus, with a linear
    /// base, the base's `wⱼ·zⱼ`: the plain per-row form, which the tests hold
    /// ``columnContributions(row:contributions:values:ranges:base:into:)`` equal to. XGBoost puts the whole base margin into the bias column, so the bias the
    /// caller should use is the trees' bias minus the base's feature contributions (the sum is unchanged).
    ///
    /// - Parameters:
    ///   - trees: The trees' contributions for one row, without the bias column.
    ///   - values: The row's encoded values.
    ///   - base: The model's linear base, if any.
    /// - Returns: One contribution per encoded feature, and the base's part of them (to take off the bias).
    static func featureContributions(
        trees: ArraySlice<Float>, values: ArraySlice<Float>, base: LinearBase?
    ) -> (perFeature: [Float], baseSum: Double) {
        guard let base else { return (Array(trees), 0) }
        let linear = base.contributions(values)
        return (zip(trees, linear).map { $0 + Float($1) }, linear.reduce(0, +))
    }

    /// One batch after XGBoost: its encoded values, raw probabilities and contributions, and the columns
    /// its reasons quote.
    private struct ExplainedBatch: Sendable {
        var values: [Float]
        var raw: [Float]
        var contributions: FeatureContributions
        var columns: [ReasonColumn]
    }

    /// XGBoost's part of scoring a batch.
    private func explain(_ table: ColumnTable, scoringDate: Date) throws -> ExplainedBatch {
        let (data, values) = try matrix(table, scoringDate: scoringDate)
        // The probability comes from XGBoost's own prediction, not from the contributions' sum: the sums
        // differ in the last float bits, which moves a lead that sits on an isotonic step's edge (0.3% of
        // the bank leads) to the next step, and the same lead must get the same probability however it is
        // scored (`probabilities(_:scoringDate:)`, model evaluation). It costs about 1% of the batch.
        let raw = try booster.predict(data, rounds: .throughBestIteration)
        let contributions = try booster.predictContributions(data, rounds: .throughBestIteration)
        guard contributions.columnCount == model.schema.featureCount + 1, raw.count == table.rowCount else {
            throw ScoringError(
                .lengthMismatch,
                "\(contributions.columnCount - 1) contributions for \(model.schema.featureCount) features"
            )
        }
        let columns = model.schema.columns.map { column in
            ReasonColumn(display: displayNames[column.name] ?? column.name, values: table.column(named: column.name)?.values)
        }
        return ExplainedBatch(values: values, raw: raw, contributions: contributions, columns: columns)
    }

    /// The scores of an explained batch, its rows split over the model's threads.
    private func scores(_ batch: ExplainedBatch) -> [LeadScore] {
        ConcurrentRows.map(count: batch.raw.count, threads: model.configuration.threadCount) { rows in
            scoreRows(rows, raw: batch.raw, contributions: batch.contributions, values: batch.values, columns: batch.columns)
        }
    }

    /// A schema column as reasons show it: its display name and the batch's values.
    private struct ReasonColumn: Sendable {
        var display: String
        var values: ColumnTable.Values?
    }

    /// One row's contribution per input column, written into `perColumn`, and the row's margin.
    ///
    /// Each column's contribution is the sum of its features' (`FeatureSchema.columnContributions`), with
    /// a linear base's `wⱼ·zⱼ` added per feature as ``featureContributions(trees:values:base:)`` does (the
    /// same operations in the same order, so the same values); this is that computation without per-row
    /// arrays, shared by scoring and by training's feature importance.
    ///
    /// - Parameters:
    ///   - row: The row, from 0.
    ///   - contributions: Every row's contributions (features, then the bias), row after row.
    ///   - values: Every row's encoded values, row after row.
    ///   - ranges: `FeatureSchema.featureRanges`.
    ///   - base: The model's linear base, if any.
    ///   - perColumn: One slot per column, overwritten.
    /// - Returns: The margin: the bias (which holds the base margin) plus every column's contribution.
    static func columnContributions(
        row: Int, contributions: UnsafeBufferPointer<Float>, values: [Float], ranges: [Range<Int>],
        base: LinearBase?, into perColumn: inout [Double]
    ) -> Double {
        let width = ranges.last?.upperBound ?? 0
        let first = row * (width + 1)
        var baseSum = 0.0
        for (column, range) in ranges.enumerated() {
            var sum = 0.0
            for feature in range {
                var value = contributions[first + feature]
                if let base {
                    let linear = base.contribution(values[row * width + feature], feature: feature)
                    baseSum += linear
                    value += Float(linear)
                }
                sum += Double(value)
            }
            perColumn[column] = sum
        }
        // The bias column holds the base margin too; the base's feature parts are now in perColumn.
        return perColumn.reduce(Double(contributions[first + width]) - baseSum, +)
    }

    /// Scores a range of a batch's rows (runs concurrently with other ranges; reads shared state only).
    private func scoreRows(
        _ rows: Range<Int>, raw: [Float], contributions: FeatureContributions, values: [Float],
        columns: [ReasonColumn]
    ) -> [LeadScore] {
        let ranges = model.schema.featureRanges
        let base = model.linearBase
        var perColumn = [Double](repeating: 0, count: ranges.count)
        var ranked = Array(ranges.indices)
        var scores: [LeadScore] = []
        scores.reserveCapacity(rows.count)
        contributions.values.withUnsafeBufferPointer { shap in
            for row in rows {
                let margin = Self.columnContributions(
                    row: row, contributions: shap, values: values, ranges: ranges, base: base, into: &perColumn)
                for index in ranked.indices { ranked[index] = index }
                ranked.sort { (perColumn[$0], $1) > (perColumn[$1], $0) }
                func reason(_ index: Int) -> ScoreReason {
                    ScoreReason(
                        feature: columns[index].display,
                        value: Self.text(of: columns[index].values?.value(at: row)),
                        contribution: perColumn[index]
                    )
                }
                var positive: [ScoreReason] = []
                positive.reserveCapacity(reasonCount)
                for index in ranked.prefix(reasonCount) where perColumn[index] > 0 { positive.append(reason(index)) }
                var negative: [ScoreReason] = []
                negative.reserveCapacity(reasonCount)
                for index in ranked.reversed().prefix(reasonCount) where perColumn[index] < 0 {
                    negative.append(reason(index))
                }
                let probability = model.calibratedProbability(raw: Double(raw[row]))
                scores.append(LeadScore(
                    probability: probability,
                    tier: model.tierCutPoints.tier(for: probability),
                    positiveReasons: positive,
                    negativeReasons: negative,
                    margin: margin
                ))
            }
        }
        return scores
    }

    /// A value as a reason shows it.
    static func text(of value: AttributeValue?) -> String {
        switch value {
        case nil: return "missing"
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return PrintfText.general(number, significant: 4)
        case .category(let level): return level
        case .boolean(let flag): return flag ? "yes" : "no"
        case .date(let date):
            return date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
        }
    }
}
