import Foundation

/// Stored leads as a `ColumnTable` for training and scoring: every lead attribute with its kind, the
/// CRM tier as a category, the expected deal value, derived geography and the lead's reference date.
///
/// Columns:
/// - each attribute (`agents`, `line_of_business`, ...) with the kind its values have;
/// - `tier`: the lead's CRM tier (gold, silver, bronze) as a category;
/// - `expected_value`: the lead's expected deal value;
/// - `owner_distance_km`: great-circle kilometres from the owner rep's start to the lead; missing when
///   the lead is unassigned (or its owner is not among the reps);
/// - `created_at`: the lead's reference date, the column the time split orders by (it is not a feature).
///
/// Date attributes are measured at each lead's own reference date, not at the as-of date: a lead created
/// two years ago is described as it was then, when its outcome window opened. The table stores each date
/// shifted by `asOf − createdAt`, so that `FeatureSchema`'s usual encoding at `asOf` (age = asOf − date)
/// yields `createdAt − date`, the age at the reference date. `restoringDates(in:leads:)` puts
/// the stored dates back into reasons.
///
/// ```swift
/// let features = try LeadFeatureTable(leads: leads, reps: reps, asOf: today)
/// let scores = try scorer.score(features.table, scoringDate: features.asOf)
/// ```
public struct LeadFeatureTable: Sendable {
    /// The CRM tier column.
    public static let tierColumn = "tier"
    /// The expected deal value column.
    public static let expectedValueColumn = "expected_value"
    /// Great-circle kilometres from the owner's start.
    public static let ownerDistanceColumn = "owner_distance_km"
    /// The lead's reference date (the time split's column).
    public static let referenceDateColumn = "created_at"
    /// Column names a lead attribute may not take.
    public static let reservedColumns: Set<String> = [
        tierColumn, expectedValueColumn, ownerDistanceColumn, referenceDateColumn,
    ]

    /// The leads, one per row, in row order.
    public let leadIDs: [LeadID]
    /// The columns.
    public let table: ColumnTable
    /// The date ages are measured at (pass it as the scoring or reference date).
    public let asOf: Date
    /// Per attribute, how many values were of another kind than the column's and were read as missing
    /// (an import keeps a value that does not fit its column's type as a category, with a warning).
    public let mismatchedValues: [String: Int]

    /// Builds the table.
    ///
    /// - Parameters:
    ///   - leads: The leads, in row order.
    ///   - reps: The reps (for the owner's start).
    ///   - asOf: The date the encoding measures ages at.
    ///   - attributeKinds: The attributes to take and their kinds (a model's schema); `nil` takes every
    ///     attribute any lead has, with the kind of its values. An attribute no lead has is all missing.
    /// - Returns: The table.
    /// - Throws: `ScoringError.Code.invalidValue` when an attribute takes a derived column's name.
    public init(
        leads: [Lead], reps: [Rep], asOf: Date, attributeKinds: [String: AttributeKind]? = nil
    ) throws {
        let kinds = attributeKinds ?? Self.attributeKinds(of: leads)
        if let clash = kinds.keys.sorted().first(where: Self.reservedColumns.contains) {
            throw ScoringError(.invalidValue, "the lead attribute \"\(clash)\" clashes with a derived column's name")
        }
        let starts = Dictionary(reps.map { ($0.id, $0.start) }, uniquingKeysWith: { first, _ in first })
        var columns: [ColumnTable.Column] = []
        var mismatched: [String: Int] = [:]
        for (name, kind) in kinds.sorted(by: { $0.key < $1.key }) {
            let (values, ignored) = Self.values(of: name, kind: kind, in: leads, asOf: asOf)
            columns.append(.init(name: name, values: values))
            if ignored > 0 { mismatched[name] = ignored }
        }
        mismatchedValues = mismatched
        let tierLevels = LeadTier.allCases.map(\.rawValue)
        columns.append(.init(
            name: Self.tierColumn,
            values: .categories(
                levels: tierLevels, codes: leads.map { Int32(tierLevels.firstIndex(of: $0.tier.rawValue) ?? -1) }
            )
        ))
        columns.append(.init(name: Self.expectedValueColumn, values: .numbers(leads.map(\.expectedValue))))
        columns.append(.init(
            name: Self.ownerDistanceColumn,
            values: .numbers(leads.map { lead in
                guard let owner = lead.owner, let start = starts[owner] else { return .nan }
                return start.distanceKilometres(to: lead.location)
            })
        ))
        columns.append(.init(
            name: Self.referenceDateColumn, values: .dates(leads.map(\.createdAt.timeIntervalSince1970))
        ))
        table = try ColumnTable(columns: columns)
        leadIDs = leads.map(\.id)
        self.asOf = asOf
    }

    /// The kind of every attribute the leads have: the kind most of its values have (on a tie, the first
    /// in `AttributeKind.allCases` order). Values of another kind are read as missing (`mismatchedValues`).
    ///
    /// - Parameter leads: The leads.
    /// - Returns: Each attribute's kind.
    public static func attributeKinds(of leads: [Lead]) -> [String: AttributeKind] {
        var counts: [String: [AttributeKind: Int]] = [:]
        for lead in leads {
            for (name, value) in lead.attributes { counts[name, default: [:]][value.kind, default: 0] += 1 }
        }
        return counts.mapValues { byKind in
            // `max(by:)` keeps the first of equal elements.
            AttributeKind.allCases.max { (byKind[$0] ?? 0) < (byKind[$1] ?? 0) } ?? .category
        }
    }

    /// One attribute's column, and how many values of another kind were read as missing.
    private static func values(of name: String, kind: AttributeKind, in leads: [Lead], asOf: Date)
        -> (ColumnTable.Values, Int)
    {
        var ignored = 0
        let values: ColumnTable.Values
        switch kind {
        case .number:
            values = .numbers(leads.map { lead in
                switch lead.attributes[name] {
                case nil: return .nan
                case .number(let number)?: return number
                case _?: ignored += 1; return .nan
                }
            })
        case .date:
            let reference = asOf.timeIntervalSince1970
            values = .dates(leads.map { lead in
                switch lead.attributes[name] {
                case nil: return .nan
                // Shifted so that the age at `asOf` is the age at the lead's reference date.
                case .date(let date)?:
                    return date.timeIntervalSince1970 + (reference - lead.createdAt.timeIntervalSince1970)
                case _?: ignored += 1; return .nan
                }
            })
        case .boolean:
            values = .booleans(leads.map { lead in
                switch lead.attributes[name] {
                case nil: return nil
                case .boolean(let flag)?: return flag
                case _?: ignored += 1; return nil
                }
            })
        case .category:
            var levels: [String] = []
            var index: [String: Int32] = [:]
            let codes = leads.map { lead -> Int32 in
                switch lead.attributes[name] {
                case nil: return -1
                case .category(let level)?:
                    if let code = index[level] { return code }
                    let code = Int32(levels.count)
                    levels.append(level)
                    index[level] = code
                    return code
                case _?: ignored += 1; return -1
                }
            }
            values = .categories(levels: levels, codes: codes)
        }
        return (values, ignored)
    }

    /// Scores whose reasons show each date attribute as stored, not shifted (see the type's discussion).
    ///
    /// - Parameters:
    ///   - scores: Scores of this table's rows, in row order.
    ///   - leads: The leads the table was built from, in row order.
    /// - Returns: The scores with date reasons' values replaced.
    public func restoringDates(in scores: [LeadScore], leads: [Lead]) -> [LeadScore] {
        let dateColumns = Set(table.columns.compactMap { column -> String? in
            if case .dates = column.values, column.name != Self.referenceDateColumn { return column.name }
            return nil
        })
        guard !dateColumns.isEmpty else { return scores }
        func restore(_ reasons: [ScoreReason], _ lead: Lead) -> [ScoreReason] {
            reasons.map { reason in
                guard dateColumns.contains(reason.feature) else { return reason }
                var restored = reason
                restored.value = LeadScorer.text(of: lead.attributes[reason.feature])
                return restored
            }
        }
        return zip(scores, leads).map { score, lead in
            var restored = score
            restored.positiveReasons = restore(score.positiveReasons, lead)
            restored.negativeReasons = restore(score.negativeReasons, lead)
            return restored
        }
    }
}
