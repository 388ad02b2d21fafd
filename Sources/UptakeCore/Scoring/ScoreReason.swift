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
        var text = ""
        append(to: &text)
        return text
    }

    /// Appends ``text`` to a string (no intermediate string per reason, for bulk output).
    ///
    /// - Parameter text: The string to extend.
    public func append(to text: inout String) {
        text += feature
        text += " = "
        text += value
        text += contribution >= 0 ? ": raises the chance" : ": lowers the chance"
    }

    /// Appends a lead's reasons in words, raising ones first, joined by "; ": the one-cell form that
    /// `uptake score --csv` and `uptake score export` write.
    ///
    /// - Parameters:
    ///   - positive: The reasons raising the chance.
    ///   - negative: The reasons lowering it.
    ///   - text: The string to extend.
    public static func appendJoined(_ positive: [ScoreReason], _ negative: [ScoreReason], to text: inout String) {
        var first = true
        for reason in [positive, negative].joined() {
            if !first { text += "; " }
            first = false
            reason.append(to: &text)
        }
    }

    /// A lead's reasons in words, raising ones first, joined by "; " (see ``appendJoined(_:_:to:)``).
    ///
    /// - Parameters:
    ///   - positive: The reasons raising the chance.
    ///   - negative: The reasons lowering it.
    /// - Returns: The joined text ("" without reasons).
    public static func joined(_ positive: [ScoreReason], _ negative: [ScoreReason]) -> String {
        var text = ""
        appendJoined(positive, negative, to: &text)
        return text
    }
}
