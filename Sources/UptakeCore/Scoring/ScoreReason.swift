/// One reason behind a score: an input column, the lead's value of it, and how much it moved the
/// model's log-odds (its SHAP contribution summed over the column's features).
public struct ScoreReason: Hashable, Sendable, Codable {
    /// The column's display name.
    public var feature: String
    /// The lead's value, as text ("12", "North", "2024-05-01", "yes", "missing").
    public var value: String
    /// The contribution to the log-odds; positive raises the chance.
    public var contribution: Double

    /// Makes a reason.
    ///
    /// - Parameters:
    ///   - feature: The display name.
    ///   - value: The value as text.
    ///   - contribution: The log-odds contribution.
    public init(feature: String, value: String, contribution: Double) {
        self.feature = feature
        self.value = value
        self.contribution = contribution
    }

    /// The reason in words: "Agents = 12: raises the chance".
    public var text: String {
        "\(feature) = \(value): \(contribution >= 0 ? "raises" : "lowers") the chance"
    }
}
