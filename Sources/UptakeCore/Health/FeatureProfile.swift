/// The reference distributions a model is watched against: for each input column and for the model's
/// score, its bins and the training data's share in each.
///
/// Computed once at training time from the training table and the model's calibrated probabilities on
/// it, and stored with the model (Codable). Later, ``drift(current:probabilities:)`` compares the leads
/// scored recently with it.
///
/// Date columns are not profiled: their raw values move with the calendar by construction (every new lead
/// is "later"), so their PSI would always flag; the model sees a date's age, which belongs in a later
/// profile version.
///
/// ```swift
/// let profile = try FeatureProfile(table: training, probabilities: calibrated)
/// let report = try profile.drift(current: recentLeads, probabilities: recentScores)
/// report.driftedFeatures.map(\.name)
/// ```
public struct FeatureProfile: Hashable, Sendable, Codable {
    /// The name the score's profile carries.
    public static let scoreColumnName = "score"
    /// The version of this encoding.
    public static let currentFormatVersion = 1

    /// The version of this encoding.
    public var formatVersion: Int
    /// One profile per profiled input column, in table order.
    public var columns: [ColumnProfile]
    /// The profile of the model's (calibrated) probability.
    public var score: ColumnProfile
    /// The reference rows.
    public var referenceRowCount: Int

    /// Profiles a training table and the model's probabilities on it.
    ///
    /// - Parameters:
    ///   - table: The training columns (labels excluded).
    ///   - probabilities: The model's calibrated probability for each row.
    ///   - binCount: Decile bins by default.
    ///   - keepingLevels: For categorical columns named here, the levels that get a bin of their own (the
    ///     model's one-hot levels, so drift pools rare levels as the model does); others keep every level.
    /// - Throws: ``HealthError`` `.empty` for an empty table, `.lengthMismatch` when the probabilities do not
    ///   pair with the rows, `.outOfRange` for a probability outside [0, 1] or a bin count below 2.
    public init(
        table: ColumnTable, probabilities: [Double], binCount: Int = 10, keepingLevels: [String: [String]] = [:]
    ) throws {
        guard table.rowCount > 0 else { throw HealthError(.empty, "the training table has no rows to profile") }
        guard probabilities.count == table.rowCount else {
            throw HealthError(
                .lengthMismatch, "\(probabilities.count) probabilities for a table of \(table.rowCount) rows")
        }
        try Self.checkProbabilities(probabilities)
        self.formatVersion = Self.currentFormatVersion
        self.columns = try Self.columnProfiles(table, binCount: binCount, keepingLevels: keepingLevels)
        self.score = try .numeric(name: Self.scoreColumnName, numbers: probabilities, binCount: binCount)
        self.referenceRowCount = table.rowCount
    }

    /// Compares recent leads and their scores with the reference.
    ///
    /// - Parameters:
    ///   - current: The recent leads' columns; every profiled column must be present (extra ones are
    ///     ignored).
    ///   - probabilities: The model's probability for each recent lead.
    /// - Returns: The drift of each profiled column and of the score.
    /// - Throws: ``HealthError`` `.empty` with no recent rows, `.missingColumn`, `.kindMismatch`,
    ///   `.lengthMismatch`, `.outOfRange` for a probability outside [0, 1].
    public func drift(current: ColumnTable, probabilities: [Double]) throws -> DriftReport {
        guard current.rowCount > 0 else { throw HealthError(.empty, "no recent leads to compare") }
        guard probabilities.count == current.rowCount else {
            throw HealthError(
                .lengthMismatch, "\(probabilities.count) probabilities for \(current.rowCount) recent leads")
        }
        try Self.checkProbabilities(probabilities)
        return DriftReport(
            features: try Self.drift(of: columns, current: current), score: try score.drift(numbers: probabilities),
            currentRowCount: current.rowCount)
    }

    /// The input columns' drift from one table to another, profiled as a model's are (numbers in deciles of
    /// the reference, categories by level, dates skipped); no score is involved. ``ModelTrainer`` asks it
    /// whether the inputs moved between its train and validation rows.
    ///
    /// - Parameters:
    ///   - reference: The earlier rows.
    ///   - current: The later rows, with the same columns.
    ///   - keepingLevels: As for ``init(table:probabilities:binCount:keepingLevels:)``.
    /// - Returns: One drift per profiled column, in table order.
    /// - Throws: ``HealthError`` `.empty` when either table has no rows, `.missingColumn`, `.kindMismatch`.
    public static func inputDrift(
        reference: ColumnTable, current: ColumnTable, keepingLevels: [String: [String]] = [:]
    ) throws -> [FeatureDrift] {
        guard reference.rowCount > 0, current.rowCount > 0 else {
            throw HealthError(.empty, "input drift needs rows on both sides")
        }
        let profiles = try columnProfiles(reference, binCount: 10, keepingLevels: keepingLevels)
        return try drift(of: profiles, current: current)
    }

    /// Profiles every numeric, categorical and boolean column of `table`.
    private static func columnProfiles(
        _ table: ColumnTable, binCount: Int, keepingLevels: [String: [String]]
    ) throws -> [ColumnProfile] {
        try table.columns.compactMap { column in
            switch column.values {
            case .numbers(let values):
                try .numeric(name: column.name, numbers: values, binCount: binCount)
            case .categories, .booleans:
                .categorical(
                    name: column.name, levels: Self.levels(of: column.values), keeping: keepingLevels[column.name])
            case .dates:
                nil
            }
        }
    }

    /// Each profile's drift in `current`.
    private static func drift(of profiles: [ColumnProfile], current: ColumnTable) throws -> [FeatureDrift] {
        try profiles.map { profile in
            guard let column = current.column(named: profile.name) else {
                throw HealthError(.missingColumn, "the recent leads have no column \"\(profile.name)\"")
            }
            switch column.values {
            case .numbers(let values): return try profile.drift(numbers: values)
            case .categories, .booleans: return try profile.drift(levels: Self.levels(of: column.values))
            case .dates: throw HealthError(.kindMismatch, "column \"\(profile.name)\" now holds dates")
            }
        }
    }

    /// A categorical or boolean column's values as optional level names.
    private static func levels(of values: ColumnTable.Values) -> [String?] {
        switch values {
        case .categories(let levels, let codes): codes.map { $0 < 0 ? nil : levels[Int($0)] }
        case .booleans(let flags): flags.map { $0.map { $0 ? "true" : "false" } }
        case .numbers, .dates: []
        }
    }

    private static func checkProbabilities(_ probabilities: [Double]) throws {
        if let bad = probabilities.first(where: { !(0...1).contains($0) }) {
            throw HealthError(.outOfRange, "probability \(bad) is outside [0, 1]")
        }
    }
}
