/// The commonly tuned XGBoost parameters, typed.
///
/// Each `nil` field is left at XGBoost's default. Anything not here goes through
/// `Booster.setParameter(_:to:)` by its XGBoost name. Names and defaults:
/// <https://xgboost.readthedocs.io/en/release_1.7.0/parameter.html>.
///
/// ```swift
/// var parameters = BoosterParameters(objective: .binaryLogistic, maxDepth: 4, eta: 0.1)
/// parameters.evaluationMetrics = ["logloss", "auc"]
/// parameters.seed = 7
/// try booster.setParameters(parameters)
/// ```
public struct BoosterParameters: Hashable, Sendable {
    /// A learning objective, by XGBoost's name for it.
    public struct Objective: RawRepresentable, Hashable, Sendable {
        /// XGBoost's name (`"binary:logistic"`).
        public var rawValue: String
        /// Makes an objective from XGBoost's name for it.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Logistic regression for binary classification; predictions are probabilities.
        public static let binaryLogistic = Objective(rawValue: "binary:logistic")
        /// Logistic regression whose predictions are margins (log-odds).
        public static let binaryLogitRaw = Objective(rawValue: "binary:logitraw")
        /// Regression with squared loss.
        public static let squaredError = Objective(rawValue: "reg:squarederror")
    }

    /// A tree construction algorithm, by XGBoost's name for it.
    public struct TreeMethod: RawRepresentable, Hashable, Sendable {
        /// XGBoost's name (`"hist"`).
        public var rawValue: String
        /// Makes a tree method from XGBoost's name for it.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Exact greedy splits over every value.
        public static let exact = TreeMethod(rawValue: "exact")
        /// Approximate splits on quantile sketches.
        public static let approx = TreeMethod(rawValue: "approx")
        /// Histogram splits (fast; the usual choice).
        public static let hist = TreeMethod(rawValue: "hist")
    }

    /// `objective`.
    public var objective: Objective?
    /// `max_depth`: the deepest a tree may grow.
    public var maxDepth: Int?
    /// `eta`: the learning rate (shrinkage of each round).
    public var eta: Double?
    /// `min_child_weight`: the least hessian sum a leaf may hold.
    public var minChildWeight: Double?
    /// `gamma`: the least loss reduction that justifies a split.
    public var gamma: Double?
    /// `subsample`: the fraction of rows each tree sees.
    public var subsample: Double?
    /// `colsample_bytree`: the fraction of columns each tree sees.
    public var columnSampleByTree: Double?
    /// `lambda`: L2 regularization of leaf weights.
    public var lambda: Double?
    /// `alpha`: L1 regularization of leaf weights.
    public var alpha: Double?
    /// `scale_pos_weight`: the weight of positive instances relative to negative ones.
    public var scalePositiveWeight: Double?
    /// `base_score`: the initial prediction (a probability for logistic objectives).
    public var baseScore: Double?
    /// `tree_method`.
    public var treeMethod: TreeMethod?
    /// `eval_metric`, one entry per metric (`"logloss"`, `"auc"`, `"aucpr"`, `"error"`).
    public var evaluationMetrics: [String]
    /// `seed`: the random seed for row and column sampling.
    public var seed: UInt64?
    /// `nthread`: XGBoost's OpenMP threads for this booster (0 or `nil`: all cores).
    public var threadCount: Int?
    /// `verbosity`: 0 silent, 1 warnings, 2 info, 3 debug.
    public var verbosity: Int?

    /// Makes parameters; every argument defaults to "leave XGBoost's default".
    ///
    /// - Parameters:
    ///   - objective: The learning objective.
    ///   - maxDepth: The deepest a tree may grow.
    ///   - eta: The learning rate.
    ///   - evaluationMetrics: The metrics `Booster.evaluate` reports.
    ///   - seed: The random seed.
    public init(
        objective: Objective? = nil,
        maxDepth: Int? = nil,
        eta: Double? = nil,
        evaluationMetrics: [String] = [],
        seed: UInt64? = nil
    ) {
        self.objective = objective
        self.maxDepth = maxDepth
        self.eta = eta
        self.evaluationMetrics = evaluationMetrics
        self.seed = seed
    }

    /// The parameters as XGBoost name/value pairs, in a fixed order (`eval_metric` once per metric).
    public var pairs: [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        func add(_ name: String, _ value: (any CustomStringConvertible)?) {
            if let value { pairs.append((name, value.description)) }
        }
        add("objective", objective?.rawValue)
        add("tree_method", treeMethod?.rawValue)
        add("max_depth", maxDepth)
        add("eta", eta)
        add("min_child_weight", minChildWeight)
        add("gamma", gamma)
        add("subsample", subsample)
        add("colsample_bytree", columnSampleByTree)
        add("lambda", lambda)
        add("alpha", alpha)
        add("scale_pos_weight", scalePositiveWeight)
        add("base_score", baseScore)
        add("seed", seed)
        add("nthread", threadCount)
        add("verbosity", verbosity)
        for metric in evaluationMetrics { add("eval_metric", metric) }
        return pairs
    }
}
