import Foundation

/// Scores leads with a `ScoringRules` scheme: base + the points of every rule that fires, clamped to
/// 1–99; the tier from the scheme's cut points; the reasons are the rules that fired (positive points
/// raise, negative lower), largest first. There is no probability.
///
/// ```swift
/// let scorer = try RulesScorer(rules: rules)
/// let scores = try scorer.score(features.table, asOf: features.asOf)
/// ```
public struct RulesScorer: Sendable {
    /// One lead's rules score.
    public struct Score: Hashable, Sendable {
        /// The 1–99 score.
        public var score: Int
        /// The tier.
        public var tier: LeadTier
        /// Rules with positive points that fired, most points first.
        public var positiveReasons: [ScoreReason]
        /// Rules with negative points that fired, most negative first.
        public var negativeReasons: [ScoreReason]
    }

    /// The scheme.
    public let rules: ScoringRules

    /// Makes a scorer.
    ///
    /// - Parameter rules: The scheme.
    /// - Throws: `ScoringError` when the scheme is invalid.
    public init(rules: ScoringRules) throws {
        try rules.validate()
        self.rules = rules
    }

    /// Scores every row.
    ///
    /// - Parameters:
    ///   - table: The leads (a `LeadFeatureTable`'s table: dates shifted so that their age at `asOf` is
    ///     their age at the lead's reference date).
    ///   - asOf: The date ages are measured at.
    /// - Returns: One score per row.
    /// - Throws: `ScoringError.Code.missingColumn` naming a rule's attribute that is not a column, or
    ///   `.invalidValue` when a condition does not suit the column's kind.
    public func score(_ table: ColumnTable, asOf: Date) throws -> [Score] {
        let columns = try rules.rules.map { rule -> ColumnTable.Values? in
            guard let column = table.column(named: rule.attribute) else {
                // An attribute no lead has is missing everywhere; only a `missing` rule can fire.
                if rule.missing != nil { return nil }
                throw ScoringError(.missingColumn, "the rules test \"\(rule.attribute)\", which no lead has")
            }
            try Self.check(rule, against: column.values.kind)
            return column.values
        }
        let reference = asOf.timeIntervalSince1970
        return (0..<table.rowCount).map { row in
            var total = rules.base
            var fired: [ScoreReason] = []
            for (rule, values) in zip(rules.rules, columns) {
                let value = values?.value(at: row)
                guard Self.fires(rule, value, reference: reference) else { continue }
                total += rule.points
                fired.append(ScoreReason(
                    feature: rule.label ?? rule.attribute, value: Self.text(of: value, reference: reference),
                    contribution: rule.points
                ))
            }
            let score = min(99, max(1, Int(total.rounded())))
            let tier: LeadTier = score >= rules.tiers.gold ? .gold : score >= rules.tiers.silver ? .silver : .bronze
            return Score(
                score: score, tier: tier,
                positiveReasons: fired.filter { $0.contribution > 0 }.sorted { $0.contribution > $1.contribution },
                negativeReasons: fired.filter { $0.contribution < 0 }.sorted { $0.contribution < $1.contribution }
            )
        }
    }

    private static func check(_ rule: ScoringRules.Rule, against kind: AttributeKind) throws {
        let fits: Bool
        if rule.atLeast != nil || rule.atMost != nil {
            fits = kind == .number
        } else if rule.withinDays != nil || rule.olderThanDays != nil {
            fits = kind == .date
        } else if rule.oneOf != nil {
            fits = kind == .category
        } else {
            fits = rule.equals == nil || kind != .date
        }
        guard fits else {
            throw ScoringError(
                .invalidValue, "the rule on \"\(rule.attribute)\" does not suit its values (\(kind.rawValue))"
            )
        }
    }

    private static func fires(_ rule: ScoringRules.Rule, _ value: AttributeValue?, reference: Double) -> Bool {
        if let missing = rule.missing { return missing == (value == nil) }
        guard let value else { return false }
        switch value {
        case .number(let number):
            if let equals = rule.equals { return Double(equals) == number }
            return number >= (rule.atLeast ?? -.infinity) && number <= (rule.atMost ?? .infinity)
        case .category(let level):
            if let equals = rule.equals { return level == equals }
            return rule.oneOf?.contains(level) ?? false
        case .boolean(let flag):
            return rule.equals.map { ["true", "yes", "1"].contains($0.lowercased()) == flag } ?? false
        case .date(let date):
            let age = (reference - date.timeIntervalSince1970) / 86_400
            if let within = rule.withinDays { return age <= within }
            if let older = rule.olderThanDays { return age > older }
            return false
        }
    }

    private static func text(of value: AttributeValue?, reference: Double) -> String {
        if case .date(let date)? = value {
            return "\(Int(((reference - date.timeIntervalSince1970) / 86_400).rounded())) days old"
        }
        return LeadScorer.text(of: value)
    }

    /// A short fingerprint of a scheme (FNV-1a 64 of its canonical JSON), for the version `rules:<hash>`.
    ///
    /// - Parameter canonicalJSON: The scheme's canonical encoding.
    /// - Returns: 16 hex digits.
    public static func fingerprint(_ canonicalJSON: Data) -> String {
        var hasher = FNV1aHasher()
        hasher.combine(bytes: canonicalJSON)
        return hasher.hexadecimal
    }
}
