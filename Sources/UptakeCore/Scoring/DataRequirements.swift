/// The least data a model is trained on: with fewer conversions a model's ranking and calibration
/// are noise, and the rules scorer serves better.
public struct DataRequirements: Hashable, Sendable, Codable {
    /// Positives needed in all the data.
    public var minimumPositives = 40
    /// Negatives needed in all the data.
    public var minimumNegatives = 40
    /// Positives needed in the holdout.
    public var minimumHoldoutPositives = 10
    /// Negatives needed in the holdout.
    public var minimumHoldoutNegatives = 10

    /// Makes the default requirements (40 of each outcome, 10 of each in the holdout).
    public init() {}

    /// Checks the counts.
    ///
    /// - Parameters:
    ///   - labels: Every row's outcome.
    ///   - holdout: The holdout's rows.
    /// - Throws: `TrainingError.Code.insufficientData` giving the counts and pointing to the rules scorer.
    public func check(labels: [Bool], holdout: [Int]) throws {
        let positives = labels.count { $0 }
        let negatives = labels.count - positives
        let holdoutPositives = holdout.count { labels[$0] }
        let holdoutNegatives = holdout.count - holdoutPositives
        var problems: [String] = []
        if positives < minimumPositives { problems.append("\(positives) positives (need \(minimumPositives))") }
        if negatives < minimumNegatives { problems.append("\(negatives) negatives (need \(minimumNegatives))") }
        if holdoutPositives < minimumHoldoutPositives {
            problems.append("\(holdoutPositives) positives in the holdout (need \(minimumHoldoutPositives))")
        }
        if holdoutNegatives < minimumHoldoutNegatives {
            problems.append("\(holdoutNegatives) negatives in the holdout (need \(minimumHoldoutNegatives))")
        }
        guard problems.isEmpty else {
            throw TrainingError(
                .insufficientData,
                "not enough data to train a model: \(problems.joined(separator: ", ")), out of \(labels.count) rows "
                    + "with \(positives) positives and \(negatives) negatives. Until more outcomes are recorded, "
                    + "score leads with the rules scorer instead."
            )
        }
    }
}
