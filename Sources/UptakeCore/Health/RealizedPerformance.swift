/// How a model did on leads whose outcome window has closed (converted or not, for good): the same
/// ranking and calibration metrics as its holdout, measured after the fact.
public struct RealizedPerformance: Hashable, Sendable, Codable {
    /// Leads with a closed outcome window.
    public var count: Int
    /// Of those, the ones that converted.
    public var positives: Int
    /// ROC AUC (``ScoringMetrics/rocAUC(labels:scores:)``), nil when only one outcome occurred.
    public var rocAUC: Double?
    /// Expected calibration error, 10 equal-width bins
    /// (``ScoringMetrics/expectedCalibrationError(labels:probabilities:binCount:)``).
    public var expectedCalibrationError: Double

    /// Measures realized performance.
    ///
    /// - Parameters:
    ///   - labels: Whether each closed lead converted.
    ///   - probabilities: The calibrated probability the model gave each lead when it scored it.
    /// - Throws: ``ScoringError`` for mismatched or empty input or a probability outside [0, 1].
    public init(labels: [Bool], probabilities: [Double]) throws {
        count = labels.count
        positives = labels.count { $0 }
        expectedCalibrationError = try ScoringMetrics.expectedCalibrationError(
            labels: labels, probabilities: probabilities)
        let bothClasses = positives > 0 && positives < count
        rocAUC = bothClasses ? try ScoringMetrics.rocAUC(labels: labels, scores: probabilities) : nil
    }

    /// Makes a value from figures measured elsewhere.
    ///
    /// - Parameters:
    ///   - count: Leads with a closed outcome.
    ///   - positives: Converted among them.
    ///   - rocAUC: The AUC, if defined.
    ///   - expectedCalibrationError: The ECE.
    public init(count: Int, positives: Int, rocAUC: Double?, expectedCalibrationError: Double) {
        self.count = count
        self.positives = positives
        self.rocAUC = rocAUC
        self.expectedCalibrationError = expectedCalibrationError
    }
}
