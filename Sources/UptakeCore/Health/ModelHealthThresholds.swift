/// Where model health turns from ok to watch to alert. The defaults, and why:
///
/// | signal | watch | alert |
/// |---|---|---|
/// | score PSI | > 0.1 | > 0.2 |
/// | any feature PSI | > 0.2 | — (inputs moving do not by themselves mean worse predictions) |
/// | realized AUC below the holdout AUC | by ≥ 0.03 | by ≥ 0.05 |
/// | realized calibration error (ECE) | > 0.05 | > 0.10 |
///
/// PSI bands are the conventional credit-scoring reading (< 0.1 stable, 0.1–0.2 moderate, > 0.2
/// significant). Realized metrics are judged only with at least ``minimumClosedOutcomes`` closed leads and
/// ``minimumPerClass`` of each outcome (an AUC from a handful of positives moves by more than 0.05 by
/// chance); drift only with at least ``minimumRecentLeads`` recent leads (a decile bin of a smaller
/// sample is noise). Below those sizes the report says so and the status is not raised.
public struct ModelHealthThresholds: Hashable, Sendable, Codable {
    /// Score PSI above which the model is watched.
    public var scorePSIWatch = 0.1
    /// Score PSI above which the model is alerted.
    public var scorePSIAlert = 0.2
    /// Feature PSI above which a feature is flagged (and the model watched).
    public var featurePSIFlag = FeatureDrift.flagThreshold
    /// AUC drop from the holdout that watches the model.
    public var aucDropWatch = 0.03
    /// AUC drop from the holdout that alerts.
    public var aucDropAlert = 0.05
    /// ECE above which the model is watched.
    public var calibrationWatch = 0.05
    /// ECE above which the model is alerted.
    public var calibrationAlert = 0.10
    /// Closed leads needed to judge realized performance.
    public var minimumClosedOutcomes = 100
    /// Of each outcome among them.
    public var minimumPerClass = 10
    /// Recent leads needed to judge drift.
    public var minimumRecentLeads = 100

    /// The defaults in the table above.
    public init() {}
}
