/// One KPI's value for one period and scope, as computed by its ``KPI`` from typed inputs.
public struct KPIMeasurement: Hashable, Sendable, Codable {
    /// An interval around the value.
    public struct Interval: Hashable, Sendable, Codable {
        /// The lower end.
        public var low: Double
        /// The upper end.
        public var high: Double
        /// The confidence level, e.g. 0.95.
        public var level: Double

        /// Makes an interval.
        ///
        /// - Parameters:
        ///   - low: The lower end.
        ///   - high: The upper end.
        ///   - level: The confidence level.
        public init(low: Double, high: Double, level: Double) {
            self.low = low
            self.high = high
            self.level = level
        }
    }

    /// The KPI's ``KPIDefinition/id``.
    public var kpi: String
    /// The value, nil when it cannot be computed (a rate with nothing shown, an AUC with one outcome).
    public var value: Double?
    /// The interval, for KPIs that carry one.
    public var interval: Interval?
    /// What the value rests on, e.g. "412 suggestions shown".
    public var basis: String?

    /// Makes a measurement.
    ///
    /// - Parameters:
    ///   - kpi: The KPI's id.
    ///   - value: The value, or nil.
    ///   - interval: The interval, if any.
    ///   - basis: What it rests on.
    public init(kpi: String, value: Double?, interval: Interval? = nil, basis: String? = nil) {
        self.kpi = kpi
        self.value = value
        self.interval = interval
        self.basis = basis
    }
}
