/// One row of the adoption funnel: how many suggestions of a group reached each stage.
///
/// Stages are counted independently (see ``SuggestionOutcome``); the rates divide each stage by the one
/// before it and are nil when that is zero.
public struct FunnelRow: Hashable, Sendable, Codable {
    /// The group: a rep id, a team, or `all`.
    public var group: String
    /// Suggestions shown.
    public var shown = 0
    /// Suggestions whose latest answer is accepted.
    public var accepted = 0
    /// Suggestions whose latest answer is dismissed.
    public var dismissed = 0
    /// Suggestions visited.
    public var visited = 0
    /// Visits recorded farther from the lead than the radius (counted in ``visited`` too).
    public var visitsFlagged = 0
    /// Suggestions converted.
    public var converted = 0
    /// Total value of the conversions.
    public var convertedValue = 0.0
    /// Dismissals by reason code.
    public var dismissalReasons: [String: Int] = [:]

    /// An empty row.
    ///
    /// - Parameter group: The group's name.
    public init(group: String) { self.group = group }

    /// Accepted over shown.
    public var acceptanceRate: Double? { Self.rate(accepted, shown) }
    /// Visited over accepted.
    public var visitRate: Double? { Self.rate(visited, accepted) }
    /// Converted over visited.
    public var conversionRate: Double? { Self.rate(converted, visited) }

    private static func rate(_ part: Int, _ whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }

    /// Adds one suggestion's outcome to the counts.
    ///
    /// - Parameters:
    ///   - outcome: The outcome.
    ///   - check: Which visits are flagged.
    mutating func add(_ outcome: SuggestionOutcome, check: VisitLocationCheck) {
        if outcome.shownAt != nil { shown += 1 }
        switch outcome.decision {
        case .accepted: accepted += 1
        case .dismissed(let reason, _):
            dismissed += 1
            dismissalReasons[reason, default: 0] += 1
        case nil: break
        }
        if outcome.visitedAt != nil {
            visited += 1
            if check.isFlagged(distanceMetres: outcome.visitDistanceMetres) { visitsFlagged += 1 }
        }
        if outcome.convertedAt != nil {
            converted += 1
            convertedValue += outcome.convertedValue ?? 0
        }
    }

    enum CodingKeys: String, CodingKey {
        case group, shown, accepted, dismissed, visited, visitsFlagged = "visits_flagged", converted
        case convertedValue = "converted_value", dismissalReasons = "dismissal_reasons"
        case acceptanceRate = "acceptance_rate", visitRate = "visit_rate", conversionRate = "conversion_rate"
    }

    /// Encodes the counts and the rates (null when undefined).
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(group, forKey: .group)
        try container.encode(shown, forKey: .shown)
        try container.encode(accepted, forKey: .accepted)
        try container.encode(dismissed, forKey: .dismissed)
        try container.encode(visited, forKey: .visited)
        try container.encode(visitsFlagged, forKey: .visitsFlagged)
        try container.encode(converted, forKey: .converted)
        try container.encode(convertedValue, forKey: .convertedValue)
        try container.encode(dismissalReasons, forKey: .dismissalReasons)
        try container.encode(acceptanceRate, forKey: .acceptanceRate)
        try container.encode(visitRate, forKey: .visitRate)
        try container.encode(conversionRate, forKey: .conversionRate)
    }

    /// Decodes the counts; the rates are recomputed.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: The decoder's error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        group = try container.decode(String.self, forKey: .group)
        shown = try container.decode(Int.self, forKey: .shown)
        accepted = try container.decode(Int.self, forKey: .accepted)
        dismissed = try container.decode(Int.self, forKey: .dismissed)
        visited = try container.decode(Int.self, forKey: .visited)
        visitsFlagged = try container.decode(Int.self, forKey: .visitsFlagged)
        converted = try container.decode(Int.self, forKey: .converted)
        convertedValue = try container.decode(Double.self, forKey: .convertedValue)
        dismissalReasons = try container.decode([String: Int].self, forKey: .dismissalReasons)
    }
}
