/// What is known about a rep before a pilot starts: the inputs to stratified randomization.
public struct RepBaseline: Hashable, Sendable, Codable {
    /// The rep's id (as in the CRM).
    public var id: String
    /// The rep's team; a stratification factor.
    public var team: String
    /// Baseline conversion (for example bronze leads converted per week over the pre-period); the
    /// other stratification factor, by quantile.
    public var baselineConversion: Double
    /// Further pre-period covariates to show in the balance table (name → value).
    public var covariates: [String: Double]

    /// Makes a baseline row.
    ///
    /// - Parameters:
    ///   - id: The rep id.
    ///   - team: The team.
    ///   - baselineConversion: Baseline conversion.
    ///   - covariates: Extra covariates for the balance table.
    public init(id: String, team: String, baselineConversion: Double, covariates: [String: Double] = [:]) {
        self.id = id
        self.team = team
        self.baselineConversion = baselineConversion
        self.covariates = covariates
    }
}
