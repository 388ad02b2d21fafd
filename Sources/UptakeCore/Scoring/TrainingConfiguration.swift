import XGBoost

/// Everything that decides how a model is trained, with defaults that work without tuning; saved
/// with the model.
///
/// Tree defaults (hist trees, eta 0.05, depth 5, min_child_weight 1, subsample 0.8, up to 1,000 rounds
/// stopped after 50 without a better validation log loss) follow XGBoost's own guidance for tabular data:
/// <https://xgboost.readthedocs.io/en/release_1.7.0/tutorials/param_tuning.html>.
///
/// `colsample_bytree` is 1 (every tree sees every feature): the schema gives each category an `other`
/// column that is constant (all zeros) in training whenever no level was folded into it, and sampling
/// columns then spends draws on those dead columns, so the model depended on how many categories a table
/// has rather than on the data. With 1 the trees are the same whatever the constant columns. Chosen on
/// the validation slice (`bench/scoring/RESULTS-scoring.md`, "Choosing the defaults"): on the bank
/// marketing data, random split, validation log loss was lower with 1 than with 0.8 for 3 of 4 XGBoost
/// seeds; `min_child_weight` 5 and `lambda` 5 were not better on validation across both splits.
public struct TrainingConfiguration: Hashable, Sendable, Codable {
    /// How rows are split.
    public var split: SplitStrategy = .random(seed: 1)
    /// The holdout's share of all rows.
    public var holdoutFraction = 0.2
    /// The validation slice's share of the non-holdout rows.
    public var validationFraction = 0.2
    /// `eta`: the learning rate.
    public var eta = 0.05
    /// `max_depth`.
    public var maxDepth = 5
    /// `min_child_weight`.
    public var minChildWeight = 1.0
    /// `subsample`.
    public var subsample = 0.8
    /// `colsample_bytree` (1: see the type's note on constant `other` columns).
    public var columnSampleByTree = 1.0
    /// `lambda` (L2 regularization).
    public var lambda = 1.0
    /// The most boosting rounds.
    public var maxRounds = 1_000
    /// Stop after this many rounds without a lower validation log loss.
    public var earlyStoppingRounds = 50
    /// XGBoost's seed for row and column sampling.
    public var seed: UInt64 = 1
    /// XGBoost's OpenMP threads (0: all cores).
    public var threadCount = 0
    /// Extra XGBoost parameters by name (`"max_bin": "128"`), set after the typed ones.
    public var extraParameters: [String: String] = [:]
    /// Category levels seen fewer times than this in training fold into `other`.
    public var minimumLevelCount = 10
    /// At most this many levels per category.
    public var maximumLevels = 20
    /// The data needed before training.
    public var requirements = DataRequirements()
    /// The tier shares (gold the top share, silver the next).
    public var tierShares = TierShares()
    /// Calibrated probabilities are kept within [clip, 1 − clip], so a lead in a validation bin with no
    /// conversions is not declared impossible (which would cost an unbounded log loss).
    public var probabilityClip = 0.001
    /// Whether to also train trees on a logistic base (``LinearBase``) and keep whichever candidate has the
    /// lower validation log loss (default yes); `nil` (a configuration saved before the option existed, which
    /// decodes as absent) also means yes.
    public var linearBase: Bool? = true

    /// Whether, with an `ordered` or `time` split whose inputs moved between the train and validation rows
    /// (some PSI above 0.2), the linear base weights rows by recency (``RecencyWeights``: a row one
    /// holdout-length older than the newest counts half). Default yes; `nil`
    /// (a configuration saved before the option existed) means no, as those models were fitted.
    public var recencyWeights: Bool? = true

    /// ``linearBase`` with its default (yes).
    public var usesLinearBase: Bool { linearBase ?? true }
    /// ``recencyWeights`` as saved configurations mean it (absent: no).
    public var usesRecencyWeights: Bool { recencyWeights ?? false }
    /// scikit-learn's `C` for the linear base: its default, 1 (the logistic peer in `bench/scoring` uses the
    /// same).
    public var linearBaseInverseRegularization: Double { 1 }

    /// Makes the default configuration.
    public init() {}

    /// The XGBoost parameters for these settings.
    public var boosterParameters: BoosterParameters {
        var parameters = BoosterParameters(
            objective: .binaryLogistic, maxDepth: maxDepth, eta: eta, evaluationMetrics: ["logloss"], seed: seed
        )
        parameters.treeMethod = .hist
        parameters.minChildWeight = minChildWeight
        parameters.subsample = subsample
        parameters.columnSampleByTree = columnSampleByTree
        parameters.lambda = lambda
        parameters.threadCount = threadCount
        parameters.verbosity = 0
        return parameters
    }

    /// Checks the ranges of the options.
    ///
    /// - Throws: `TrainingError.Code.invalidConfiguration` naming the first bad option.
    public func validate() throws {
        func require(_ condition: Bool, _ message: String) throws {
            if !condition { throw TrainingError(.invalidConfiguration, message) }
        }
        try require(eta > 0 && eta <= 1, "eta \(eta) must be in (0, 1]")
        try require(maxDepth >= 1, "max depth \(maxDepth) must be at least 1")
        try require(subsample > 0 && subsample <= 1, "subsample \(subsample) must be in (0, 1]")
        try require(
            columnSampleByTree > 0 && columnSampleByTree <= 1, "colsample \(columnSampleByTree) must be in (0, 1]"
        )
        try require(maxRounds >= 1, "max rounds \(maxRounds) must be at least 1")
        try require(earlyStoppingRounds >= 1, "early stopping rounds \(earlyStoppingRounds) must be at least 1")
        try require(
            probabilityClip >= 0 && probabilityClip < 0.5, "probability clip \(probabilityClip) must be in [0, 0.5)"
        )
        try tierShares.validate()
    }
}
