import Foundation

/// The schema file `uptake model import` reads beside an XGBoost JSON model trained elsewhere (for
/// example by Python's xgboost 1.7): which lead columns the model's features are, in order, and where
/// tiers change. The format is documented in docs/scoring.md.
///
/// ```json
/// {
///   "format": "uptake-feature-schema", "version": 1,
///   "columns": [
///     {"name": "agents", "kind": "number"},
///     {"name": "line_of_business", "kind": "category", "levels": ["commercial", "personal"]},
///     {"name": "last_contact", "kind": "date"}
///   ],
///   "tier_cut_points": {"gold": 0.3, "silver": 0.15}
/// }
/// ```
///
/// Feature order is the columns' order; a category gives one 0/1 feature per level, in the order listed,
/// then one for `other` (any level not listed); a missing value is NaN in all of them. A date is its age
/// in days at the lead's reference date; a boolean is 1 or 0.
public struct ImportedModelSchema: Hashable, Sendable, Codable {
    /// One input column.
    public struct Column: Hashable, Sendable, Codable {
        /// The lead attribute or derived column (`tier`, `expected_value`, `owner_distance_km`).
        public var name: String
        /// number, category, date or boolean.
        public var kind: AttributeKind
        /// A category's levels, in feature order (`other` is added after them).
        public var levels: [String]?

        /// Makes a column.
        ///
        /// - Parameters:
        ///   - name: The column name.
        ///   - kind: Its kind.
        ///   - levels: A category's levels.
        public init(name: String, kind: AttributeKind, levels: [String]? = nil) {
            self.name = name
            self.kind = kind
            self.levels = levels
        }
    }

    /// The format's name, always `uptake-feature-schema`.
    public static let formatName = "uptake-feature-schema"
    /// The version this build reads.
    public static let currentVersion = 1

    /// `uptake-feature-schema`.
    public var format: String
    /// The format version, 1.
    public var version: Int
    /// The input columns, in feature order.
    public var columns: [Column]
    /// Where tiers change (calibrated probability thresholds).
    public var tierCutPoints: TierCutPoints

    private enum CodingKeys: String, CodingKey {
        case format, version, columns
        case tierCutPoints = "tier_cut_points"
    }

    /// Makes a schema file's contents.
    ///
    /// - Parameters:
    ///   - columns: The columns.
    ///   - tierCutPoints: The tier cut points.
    public init(columns: [Column], tierCutPoints: TierCutPoints) {
        format = Self.formatName
        version = Self.currentVersion
        self.columns = columns
        self.tierCutPoints = tierCutPoints
    }

    /// The schema file of a feature schema (what `uptake model export` writes).
    ///
    /// - Parameters:
    ///   - schema: The feature schema.
    ///   - tierCutPoints: The tier cut points.
    public init(schema: FeatureSchema, tierCutPoints: TierCutPoints) {
        self.init(
            columns: schema.columns.map { column in
                if case .category(let levels) = column.encoding {
                    return Column(name: column.name, kind: .category, levels: levels)
                }
                return Column(name: column.name, kind: column.encoding.kind)
            },
            tierCutPoints: tierCutPoints
        )
    }

    /// The feature schema these columns describe.
    ///
    /// - Returns: The schema.
    /// - Throws: `ScoringError.Code.invalidValue` for an unknown format or version, levels on a
    ///   non-category, a category without levels, duplicate names or levels, or cut points out of order.
    public func featureSchema() throws -> FeatureSchema {
        guard format == Self.formatName, version == Self.currentVersion else {
            throw ScoringError(
                .invalidValue,
                "the schema file says format \"\(format)\" version \(version); this build reads "
                    + "\"\(Self.formatName)\" version \(Self.currentVersion)"
            )
        }
        guard !tierCutPoints.gold.isNaN, !tierCutPoints.silver.isNaN, tierCutPoints.silver <= tierCutPoints.gold else {
            throw ScoringError(.invalidValue, "tier_cut_points: silver must not be above gold")
        }
        return try FeatureSchema(columns: columns.map { column in
            switch (column.kind, column.levels) {
            case (.category, let levels?): return .init(name: column.name, encoding: .category(levels: levels))
            case (.category, nil):
                throw ScoringError(.invalidValue, "the category column \"\(column.name)\" lists no levels")
            case (_, _?):
                throw ScoringError(
                    .invalidValue, "column \"\(column.name)\" is a \(column.kind.rawValue); only categories have levels"
                )
            case (.number, nil): return .init(name: column.name, encoding: .number)
            case (.date, nil): return .init(name: column.name, encoding: .date)
            case (.boolean, nil): return .init(name: column.name, encoding: .boolean)
            }
        })
    }
}
