import Foundation

/// The resolved stored leads as training rows with their labels: what `uptake train` trains on when it
/// reads the store, and the one code path every caller (CLI, tests, demo) goes through.
///
/// Rows are the leads whose outcome window has closed by the as-of date (`OutcomeLabeler`), in the
/// order given; the features are `LeadFeatureTable`'s, measured at each lead's reference date. By default
/// the split is by `created_at` (DESIGN.md: the holdout is the most recent 20% of leads), so the holdout
/// holds the most recent resolved leads.
///
/// ```swift
/// let set = try LeadTrainingSet(leads: leads, reps: reps, conversions: conversions, asOf: today)
/// let model = try set.train(configuration: LeadTrainingSet.defaultConfiguration())
/// ```
public struct LeadTrainingSet: Sendable {
    /// The resolved leads' features (with `created_at`), one row per lead.
    public let features: LeadFeatureTable
    /// One label per row.
    public let labels: [Bool]
    /// How the labels were decided.
    public let labeler: OutcomeLabeler
    /// Leads left out because their window is still open.
    public let unresolvedCount: Int
    /// Attributes left out of the features because every resolved lead has the same value for them (the
    /// demo generator's `demo = true` mark, a constant import column): one value cannot tell leads apart.
    public let constantAttributes: [String]

    /// Builds the training rows.
    ///
    /// - Parameters:
    ///   - leads: Every stored lead.
    ///   - reps: The reps.
    ///   - conversions: The conversions.
    ///   - asOf: The date labels are known at (and ages measured against).
    ///   - horizon: The label's window (default 90 days).
    /// - Returns: The rows.
    /// - Throws: `ScoringError` from `LeadFeatureTable`.
    public init(
        leads: [Lead], reps: [Rep], conversions: [Conversion], asOf: Date,
        horizon: TimeInterval = OutcomeLabeler.defaultHorizon
    ) throws {
        let labeler = OutcomeLabeler(asOf: asOf, horizon: horizon)
        let byLead = labeler.labels(leads: leads, conversions: conversions)
        let resolved = leads.filter { byLead[$0.id] != nil }
        let constant = Self.constantAttributes(of: resolved)
        features = try LeadFeatureTable(
            leads: resolved, reps: reps, asOf: asOf,
            attributeKinds: LeadFeatureTable.attributeKinds(of: resolved).filter { !constant.contains($0.key) })
        constantAttributes = constant.sorted()
        labels = resolved.map { byLead[$0.id] ?? false }
        self.labeler = labeler
        unresolvedCount = leads.count - resolved.count
    }

    /// The attributes every lead has with one and the same value (none missing); empty for no leads.
    ///
    /// - Parameter leads: The leads.
    /// - Returns: The constant attributes' names.
    static func constantAttributes(of leads: [Lead]) -> Set<String> {
        guard let first = leads.first else { return [] }
        var constant = first.attributes
        for lead in leads.dropFirst() where !constant.isEmpty {
            // Removing in place: most leads change nothing, so no dictionary is built per lead.
            for (name, value) in constant where lead.attributes[name] != value { constant[name] = nil }
        }
        return Set(constant.keys)
    }

    /// The default configuration for stored leads: the time split on `created_at`.
    ///
    /// - Returns: `TrainingConfiguration()` with `split = .time(column: "created_at")`.
    public static func defaultConfiguration() -> TrainingConfiguration {
        var configuration = TrainingConfiguration()
        configuration.split = .time(column: LeadFeatureTable.referenceDateColumn)
        return configuration
    }

    /// The configuration actually used: a `.time` split always orders by `created_at`, and the
    /// reference date column is never a feature.
    ///
    /// - Parameter configuration: The requested configuration.
    /// - Returns: The configuration to train with.
    public func effectiveConfiguration(_ configuration: TrainingConfiguration) -> TrainingConfiguration {
        var effective = configuration
        if case .time = configuration.split {
            effective.split = .time(column: LeadFeatureTable.referenceDateColumn)
        }
        return effective
    }

    /// The table the trainer sees: the features, without `created_at` unless the split needs it.
    ///
    /// - Parameter configuration: The effective configuration.
    /// - Returns: The table.
    public func trainingTable(for configuration: TrainingConfiguration) -> ColumnTable {
        if case .time = configuration.split { return features.table }
        return features.table.dropping([LeadFeatureTable.referenceDateColumn])
    }

    /// The split the trainer uses (for inspecting the holdout).
    ///
    /// - Parameter configuration: The requested configuration.
    /// - Returns: Row indices of the three parts.
    /// - Throws: `TrainingError` as `ModelTrainer.split(_:)` throws.
    public func split(configuration: TrainingConfiguration) throws -> DataSplit {
        let effective = effectiveConfiguration(configuration)
        return try ModelTrainer(configuration: effective).split(trainingTable(for: effective))
    }

    /// Trains, calibrates and evaluates a model on these rows, ages measured at the as-of date.
    ///
    /// - Parameters:
    ///   - configuration: The training options (a `.time` split orders by `created_at`).
    ///   - progress: Called after every round.
    /// - Returns: The model.
    /// - Throws: `TrainingError` (`.insufficientData` with the counts), `ScoringError`, `XGBoostError`.
    public func train(
        configuration: TrainingConfiguration = LeadTrainingSet.defaultConfiguration(),
        progress: (TrainingProgress) -> Void = { _ in }
    ) throws -> TrainedModel {
        let effective = effectiveConfiguration(configuration)
        return try ModelTrainer(configuration: effective).train(
            table: trainingTable(for: effective), labels: labels, referenceDate: features.asOf, progress: progress
        )
    }
}
