import Foundation
import UptakeCore
import UptakeImport

/// A training file read into features and labels, for `uptake train`.
struct TrainInput {
    /// The feature columns (label and dropped columns removed).
    var table: ColumnTable
    /// One outcome per row.
    var labels: [Bool]

    /// Reads a CSV file, takes the label column out and drops the named columns.
    ///
    /// - Parameters:
    ///   - csv: The file.
    ///   - label: The outcome column.
    ///   - positive: The outcome value that means converted.
    ///   - drop: Columns to leave out.
    /// - Returns: The features and labels.
    /// - Throws: `ScoringError` for a missing column, a missing outcome or an outcome that never takes
    ///   the positive value.
    static func read(csv: URL, label: String, positive: String, drop: [String]) throws -> TrainInput {
        let full = try TrainingCSVReader(kinds: [label: .category]).read(contentsOf: csv)
        guard let column = full.column(named: label), case .categories(let levels, let codes) = column.values else {
            throw ScoringError(.missingColumn, "\(csv.lastPathComponent) has no column \"\(label)\"")
        }
        if let missing = codes.firstIndex(of: -1) {
            throw ScoringError(.invalidValue, "the label \"\(label)\" is empty on data row \(missing + 1)")
        }
        guard let positiveCode = levels.firstIndex(of: positive) else {
            throw ScoringError(
                .invalidValue,
                "the label \"\(label)\" never equals \"\(positive)\"; its values are "
                    + levels.prefix(10).joined(separator: ", ")
            )
        }
        if let absent = drop.first(where: { full.column(named: $0) == nil }) {
            throw ScoringError(.missingColumn, "--drop names \"\(absent)\", which is not a column")
        }
        return TrainInput(
            table: full.dropping(Set(drop + [label])),
            labels: codes.map { Int($0) == positiveCode }
        )
    }

    /// Writes each row's part as CSV (`row,part`, rows counted from 0 in file order), so a peer
    /// (Python's xgboost) can train and evaluate on exactly the same rows.
    ///
    /// - Parameters:
    ///   - split: The split.
    ///   - url: The file to write.
    /// - Throws: File errors.
    static func writeSplit(_ split: DataSplit, to url: URL) throws {
        var parts = [String](repeating: "", count: split.train.count + split.validation.count + split.holdout.count)
        for row in split.train { parts[row] = "train" }
        for row in split.validation { parts[row] = "validation" }
        for row in split.holdout { parts[row] = "holdout" }
        let text = "row,part\n" + parts.enumerated().map { "\($0.offset),\($0.element)\n" }.joined()
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Writes the model's calibrated probability for every holdout row as CSV (`row,label,probability`, rows
    /// counted from 0 in file order, probabilities at full precision), so a peer's holdout predictions can be
    /// compared with ours row by row (bench/scoring's paired bootstrap).
    ///
    /// - Parameters:
    ///   - model: The trained model.
    ///   - split: The split it was trained with.
    ///   - url: The file to write.
    /// - Throws: `ScoringError` from scoring, file errors.
    func writeHoldout(model: TrainedModel, split: DataSplit, to url: URL) throws {
        let scorer = try LeadScorer(model: model)
        let scores = try scorer.score(table.selecting(split.holdout), scoringDate: model.referenceDate)
        let lines = zip(split.holdout, scores).map { row, score in
            "\(row),\(labels[row] ? 1 : 0),\(String(format: "%.17g", score.probability))\n"
        }
        try ("row,label,probability\n" + lines.joined()).write(to: url, atomically: true, encoding: .utf8)
    }
}
