import Foundation
import UptakeCore
import UptakeStore

/// A champion model in a test store, made as `uptake train` and `uptake score` make one: trained on what was
/// known at a past date (leads created before it, conversions dated before it), registered as a version (the
/// first one becomes the champion), and leads scored with it at chosen dates.
public enum SeededChampion {
    /// Trains on the leads and conversions known at `trainedAt` and registers the model.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - leads: Every lead (those created from `trainedAt` on are left out).
    ///   - reps: The reps.
    ///   - conversions: Every conversion (those dated from `trainedAt` on are left out).
    ///   - trainedAt: The training date, also the version's creation time.
    ///   - note: The registry note.
    /// - Returns: The registered version and the model.
    /// - Throws: Training and store errors.
    public static func train(
        _ repository: SQLRepository, leads: [Lead], reps: [Rep], conversions: [Conversion], at trainedAt: Date,
        note: String? = nil
    ) async throws -> (ModelVersion, TrainedModel) {
        let set = try LeadTrainingSet(
            leads: leads.filter { $0.createdAt < trainedAt }, reps: reps,
            conversions: conversions.filter { $0.date < trainedAt }, asOf: trainedAt)
        var configuration = LeadTrainingSet.defaultConfiguration()
        configuration.threadCount = 1
        let model = try set.train(configuration: configuration)
        let version = try await repository.registerModel(
            model, source: .trained,
            data: ModelDataSummary(rows: set.labels.count, positiveRate: 0, firstDate: nil, lastDate: nil, hash: ""),
            createdAt: trainedAt, note: note)
        return (version, model)
    }

    /// Scores leads with a registered model at a date, as `uptake score` would store them.
    ///
    /// - Parameters:
    ///   - leads: The leads to score.
    ///   - reps: The reps (for the owner-distance feature).
    ///   - model: The model.
    ///   - version: Its version id.
    ///   - date: The scoring date (and `scored_at`).
    /// - Returns: One score per lead, in order.
    /// - Throws: Scoring errors.
    public static func scores(
        _ leads: [Lead], reps: [Rep], model: TrainedModel, version: String, at date: Date
    ) throws -> [StoredLeadScore] {
        let features = try LeadFeatureTable(leads: leads, reps: reps, asOf: date, attributeKinds: model.attributeKinds)
        let scores = try LeadScorer(model: model).score(features.table, scoringDate: date)
        return zip(leads, scores).map { StoredLeadScore($1, lead: $0.id, modelVersion: version, scoredAt: date) }
    }

    /// Scores leads with a registered model at a date and appends the scores to the history.
    ///
    /// - Parameters:
    ///   - leads: The leads to score.
    ///   - reps: The reps (for the owner-distance feature).
    ///   - model: The model.
    ///   - version: Its version id.
    ///   - date: The scoring date (and `scored_at`).
    ///   - repository: The store.
    /// - Returns: The scores appended, one per lead in order.
    /// - Throws: Scoring and store errors.
    @discardableResult
    public static func score(
        _ leads: [Lead], reps: [Rep], model: TrainedModel, version: String, at date: Date,
        into repository: SQLRepository
    ) async throws -> [StoredLeadScore] {
        let stored = try scores(leads, reps: reps, model: model, version: version, at: date)
        try await repository.appendScores(stored)
        return stored
    }
}
