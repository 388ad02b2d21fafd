import Foundation

/// A manual scoring scheme for teams without outcome history yet (like HubSpot's or Mautic's manual
/// scoring): points per attribute value or range, summed onto a base, with tier cut points on the
/// resulting 1–99 score. Read from a small YAML or JSON file (docs/scoring.md); scored by `RulesScorer`.
public struct ScoringRules: Hashable, Sendable, Codable {
    /// One rule: when its condition holds for a lead, its points are added and it is a reason.
    public struct Rule: Hashable, Sendable, Codable {
        /// The column tested: a lead attribute or a derived column (`tier`, `expected_value`,
        /// `owner_distance_km`).
        public var attribute: String
        /// Fires when the value (category, or number/boolean as text) equals this.
        public var equals: String?
        /// Fires when the category is one of these.
        public var oneOf: [String]?
        /// Fires when the number is at least this.
        public var atLeast: Double?
        /// Fires when the number is at most this (with `atLeast`: both must hold).
        public var atMost: Double?
        /// Fires when the date is at most this many days old at the lead's reference date.
        public var withinDays: Double?
        /// Fires when the date is more than this many days old at the lead's reference date.
        public var olderThanDays: Double?
        /// Fires when the value is missing (`true`) or present (`false`).
        public var missing: Bool?
        /// Points added when the rule fires (negative lowers the score).
        public var points: Double
        /// The reason's wording (default: the attribute's name).
        public var label: String?

        private enum CodingKeys: String, CodingKey {
            case attribute, equals, points, label, missing
            case oneOf = "one_of"
            case atLeast = "at_least"
            case atMost = "at_most"
            case withinDays = "within_days"
            case olderThanDays = "older_than_days"
        }

        /// Makes a rule.
        ///
        /// - Parameters:
        ///   - attribute: The column tested.
        ///   - points: Points when it fires.
        ///   - label: The reason's wording.
        ///   - equals: Equality condition.
        ///   - oneOf: Membership condition.
        ///   - atLeast: Lower bound.
        ///   - atMost: Upper bound.
        ///   - withinDays: Recent-date condition.
        ///   - olderThanDays: Old-date condition.
        ///   - missing: Presence condition.
        public init(
            attribute: String, points: Double, label: String? = nil, equals: String? = nil, oneOf: [String]? = nil,
            atLeast: Double? = nil, atMost: Double? = nil, withinDays: Double? = nil, olderThanDays: Double? = nil,
            missing: Bool? = nil
        ) {
            self.attribute = attribute
            self.points = points
            self.label = label
            self.equals = equals
            self.oneOf = oneOf
            self.atLeast = atLeast
            self.atMost = atMost
            self.withinDays = withinDays
            self.olderThanDays = olderThanDays
            self.missing = missing
        }

        /// The number of conditions set.
        var conditionCount: Int {
            [equals != nil, oneOf != nil, atLeast != nil || atMost != nil, withinDays != nil,
             olderThanDays != nil, missing != nil].count { $0 }
        }
    }

    /// Tier cut points on the 1–99 score: gold from `gold`, silver from `silver`.
    public struct Tiers: Hashable, Sendable, Codable {
        /// The lowest gold score.
        public var gold: Int
        /// The lowest silver score.
        public var silver: Int

        /// Makes cut points.
        ///
        /// - Parameters:
        ///   - gold: The lowest gold score.
        ///   - silver: The lowest silver score.
        public init(gold: Int, silver: Int) {
            self.gold = gold
            self.silver = silver
        }
    }

    /// A name for reports.
    public var name: String?
    /// The score before any rule fires.
    public var base: Double
    /// The tier cut points.
    public var tiers: Tiers
    /// The rules, in the order written.
    public var rules: [Rule]

    /// Makes a scheme.
    ///
    /// - Parameters:
    ///   - name: A name.
    ///   - base: The starting score.
    ///   - tiers: The cut points.
    ///   - rules: The rules.
    public init(name: String? = nil, base: Double = 0, tiers: Tiers, rules: [Rule]) {
        self.name = name
        self.base = base
        self.tiers = tiers
        self.rules = rules
    }

    private enum CodingKeys: String, CodingKey {
        case name, base, tiers, rules
    }

    /// Decodes a scheme; `base` defaults to 0.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: The decoder's error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        base = try container.decodeIfPresent(Double.self, forKey: .base) ?? 0
        tiers = try container.decode(Tiers.self, forKey: .tiers)
        rules = try container.decode([Rule].self, forKey: .rules)
    }

    /// Checks the scheme.
    ///
    /// - Throws: `ScoringError.Code.invalidValue` naming the first bad rule (no condition or several
    ///   kinds, non-finite points) or cut points out of order.
    public func validate() throws {
        guard (1...99).contains(tiers.silver), (1...99).contains(tiers.gold), tiers.silver <= tiers.gold else {
            throw ScoringError(
                .invalidValue, "tiers: silver (\(tiers.silver)) and gold (\(tiers.gold)) must be 1-99, silver <= gold"
            )
        }
        guard base.isFinite else { throw ScoringError(.invalidValue, "base must be a finite number") }
        for (index, rule) in rules.enumerated() {
            let name = "rule \(index + 1) (\(rule.attribute))"
            guard rule.points.isFinite else { throw ScoringError(.invalidValue, "\(name): points must be finite") }
            guard rule.conditionCount == 1 else {
                throw ScoringError(
                    .invalidValue,
                    "\(name) needs exactly one condition: equals, one_of, at_least/at_most, within_days, "
                        + "older_than_days or missing"
                )
            }
        }
    }
}
