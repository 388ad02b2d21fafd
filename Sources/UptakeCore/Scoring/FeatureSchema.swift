import Foundation

/// How a lead's CRM attributes become the model's feature columns, fitted once on training data and
/// saved (Codable) with the model so that scoring encodes exactly as training did.
///
/// Encodings, by attribute kind:
/// - number: the value as-is; missing is NaN (XGBoost's missing value).
/// - boolean: 1 or 0; missing is NaN.
/// - date: the age in days at the scoring date (`scoringDate − date`, fractional); missing is NaN.
/// - category: one-hot over the levels kept at fitting time, plus an `other` column. Levels seen fewer
///   than `minimumLevelCount` times are folded into `other`, and at most `maximumLevels` levels (the most
///   frequent) are kept, as scikit-learn's `OneHotEncoder(min_frequency:, max_categories: maximumLevels + 1,
///   handle_unknown: "infrequent_if_exist")` chooses them. At scoring time an unseen level maps to `other`. A missing
///   category is NaN in every one of the column's features, so XGBoost treats it as unknown rather
///   than as any level. A literal level named `other` is folded into `other`.
///
/// A record maps each column name to a value or `nil` (a missing value). A column that is absent from a
/// record altogether is an error naming it: the data no longer has a field the model was trained on.
///
/// ```swift
/// let schema = try FeatureSchema.fit(
///     columns: [("agents", .number), ("region", .category), ("signed", .date)],
///     records: trainingRecords
/// )
/// let row = try schema.encode(["agents": .number(12), "region": .category("North"), "signed": nil],
///                             scoringDate: today)
/// ```
public struct FeatureSchema: Hashable, Sendable, Codable {
    /// How one attribute is encoded.
    public enum Encoding: Hashable, Sendable, Codable {
        /// One feature: the number.
        case number
        /// One feature: 1 or 0.
        case boolean
        /// One feature: the age in days at the scoring date.
        case date
        /// One feature per kept level (in this order), then `other`.
        case category(levels: [String])
    }

    /// One attribute and its encoding.
    public struct Column: Hashable, Sendable, Codable {
        /// The attribute's name.
        public var name: String
        /// How it is encoded.
        public var encoding: Encoding

        /// Makes a column.
        ///
        /// - Parameters:
        ///   - name: The attribute's name.
        ///   - encoding: How it is encoded.
        public init(name: String, encoding: Encoding) {
            self.name = name
            self.encoding = encoding
        }

        /// The names of the features this column produces (`agents`, or `region=North`, `region=other`).
        public var featureNames: [String] {
            switch encoding {
            case .number, .boolean, .date:
                return [name]
            case .category(let levels):
                return (levels + [FeatureSchema.otherLevel]).map { "\(name)=\($0)" }
            }
        }

        /// How many features this column produces: `featureNames.count`, without building the names.
        public var featureWidth: Int {
            switch encoding {
            case .number, .boolean, .date: 1
            case .category(let levels): levels.count + 1
            }
        }
    }

    /// The level that rare, capped-away and unseen categories map to.
    public static let otherLevel = "other"

    /// The columns, in feature order.
    public let columns: [Column]

    /// Makes a schema from columns (as saved, or built by hand).
    ///
    /// - Parameter columns: The columns in feature order; names must be unique and category levels unique
    ///   and distinct from `other`.
    /// - Throws: `ScoringError.Code.invalidValue` for a duplicate column name or level.
    public init(columns: [Column]) throws {
        var names = Set<String>()
        for column in columns {
            guard names.insert(column.name).inserted else {
                throw ScoringError(.invalidValue, "column \"\(column.name)\" appears twice in the feature schema")
            }
            if case .category(let levels) = column.encoding,
               Set(levels).count != levels.count || levels.contains(Self.otherLevel) {
                throw ScoringError(
                    .invalidValue, "column \"\(column.name)\" has duplicate levels or a level named other"
                )
            }
        }
        self.columns = columns
    }

    /// Decodes a saved schema, checking it as `init(columns:)` does.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: The decoder's error, or `ScoringError` for an invalid saved value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(columns: try container.decode([Column].self, forKey: .columns))
    }

    private enum CodingKeys: String, CodingKey {
        case columns
    }

    /// Every feature's name, in order: the model's columns.
    public var featureNames: [String] { columns.flatMap(\.featureNames) }

    /// The number of features (the model's column count).
    public var featureCount: Int { columns.reduce(0) { $0 + $1.featureWidth } }

    /// Each column's features as a range of feature indices, parallel to `columns`: a reason sums the
    /// SHAP contributions over its column's range (the one-hot columns of a category).
    public var featureRanges: [Range<Int>] {
        var start = 0
        return columns.map { column in
            let count = column.featureWidth
            defer { start += count }
            return start..<(start + count)
        }
    }
}
