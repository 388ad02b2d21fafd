/// How a model did on its holdout, computed on CALIBRATED probabilities (the ones users see), with the
/// uncalibrated ranking and log loss beside them for comparison.
public struct HoldoutEvaluation: Hashable, Sendable, Codable {
    /// Holdout rows.
    public var rowCount: Int
    /// Positives among them.
    public var positives: Int
    /// ROC AUC of the calibrated probabilities (isotonic steps create ties, which count half).
    public var rocAUC: Double
    /// Average precision of the calibrated probabilities.
    public var averagePrecision: Double
    /// Log loss of the calibrated probabilities.
    public var logLoss: Double
    /// Brier score of the calibrated probabilities.
    public var brier: Double
    /// Expected calibration error, 10 equal-width bins.
    public var expectedCalibrationError: Double
    /// The reliability table, 10 equal-width bins.
    public var reliability: [ReliabilityBin]
    /// Lift and cumulative gain by decile of calibrated probability.
    public var deciles: [DecileLift]
    /// ROC AUC of the model's raw probabilities (no ties from calibration).
    public var uncalibratedROCAUC: Double
    /// Log loss of the model's raw probabilities.
    public var uncalibratedLogLoss: Double

    /// Evaluates probabilities against outcomes.
    ///
    /// - Parameters:
    ///   - labels: The holdout's outcomes.
    ///   - calibrated: Calibrated probabilities, one per label.
    ///   - raw: The model's raw probabilities, one per label.
    /// - Throws: `ScoringError` when a metric is undefined (one outcome only, fewer than 10 rows).
    public init(labels: [Bool], calibrated: [Double], raw: [Double]) throws {
        rowCount = labels.count
        positives = labels.count { $0 }
        rocAUC = try ScoringMetrics.rocAUC(labels: labels, scores: calibrated)
        averagePrecision = try ScoringMetrics.averagePrecision(labels: labels, scores: calibrated)
        logLoss = try ScoringMetrics.logLoss(labels: labels, probabilities: calibrated)
        brier = try ScoringMetrics.brierScore(labels: labels, probabilities: calibrated)
        expectedCalibrationError = try ScoringMetrics.expectedCalibrationError(
            labels: labels, probabilities: calibrated, binCount: 10
        )
        reliability = try ScoringMetrics.reliabilityTable(labels: labels, probabilities: calibrated, binCount: 10)
        deciles = try ScoringMetrics.liftByDecile(labels: labels, scores: calibrated)
        uncalibratedROCAUC = try ScoringMetrics.rocAUC(labels: labels, scores: raw)
        uncalibratedLogLoss = try ScoringMetrics.logLoss(labels: labels, probabilities: raw)
    }
}
