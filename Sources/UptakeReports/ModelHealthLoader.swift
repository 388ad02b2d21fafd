import Foundation
import UptakeCore
import UptakeStore

/// Computes a stored model's health at a date (by default the champion's): drift of the score and of each
/// input between the model's ``FeatureProfile`` and the leads it scored in the last ``windowDays`` days, and
/// realized AUC and calibration on the leads whose outcome window has closed since it was trained.
///
/// - Drift: the leads with a score by the model dated in `[asOf − windowDays, asOf)`; each lead's latest such
///   score is its probability, and its inputs are rebuilt from the stored lead as scoring builds them
///   (``LeadFeatureTable`` with the model's attribute kinds).
/// - Realized performance: leads unresolved at the model's reference date and resolved by `asOf`
///   (``OutcomeLabeler`` with the same 90-day horizon, conversions dated before `asOf`), each with the
///   first probability the model gave it (in the order written) before its window closed.
///
/// Both read through ``UptakeStore/ModelHealthStore``: the window's scores, the leads created in the range
/// whose outcome window can have closed since training, and their conversions, so the cost grows with the
/// windows, not with the score history or the whole lead table.
///
/// ```swift
/// let health = try await ModelHealthLoader().load(asOf: .now, repository: repository)
/// health?.report.status   // .ok, .watch or .alert
/// ```
public struct ModelHealthLoader: Sendable {
    /// The default drift window: four weeks.
    public static let defaultWindowDays = 28

    /// Days of recent scores drift is measured on.
    public var windowDays: Int
    /// The outcome window (as training labels it).
    public var horizon: TimeInterval
    /// Where statuses change.
    public var thresholds: ModelHealthThresholds

    /// Makes a loader.
    ///
    /// - Parameters:
    ///   - windowDays: Days of recent scores (default 28).
    ///   - horizon: The outcome window (default 90 days, as training).
    ///   - thresholds: Where statuses change.
    public init(
        windowDays: Int = ModelHealthLoader.defaultWindowDays, horizon: TimeInterval = OutcomeLabeler.defaultHorizon,
        thresholds: ModelHealthThresholds = ModelHealthThresholds()
    ) {
        self.windowDays = windowDays
        self.horizon = horizon
        self.thresholds = thresholds
    }

    /// The health of a model at a date.
    ///
    /// - Parameters:
    ///   - asOf: The date (scores and conversions before it count).
    ///   - repository: The store.
    ///   - version: The model version, or nil for the champion.
    /// - Returns: The health, or nil when there is no champion (and no version was named).
    /// - Throws: ``ReportError`` `.notFound` for an unknown version; the store's error; `HealthError` or
    ///   `ScoringError` when stored leads no longer fit the model's profile.
    public func load(asOf: Date, repository: any UptakeRepository, version: String? = nil) async throws
        -> ModelHealth?
    {
        var chosen = version
        if chosen == nil { chosen = try await repository.championVersion() }
        guard let id = chosen else { return nil }
        guard let model = try await repository.trainedModel(id) else {
            throw ReportError(.notFound, "there is no model version \(id) (see `uptake model list`)")
        }
        let drift = try await drift(model: model, version: id, asOf: asOf, repository: repository)
        let realized = try await realized(model: model, version: id, asOf: asOf, repository: repository)
        let holdoutAUC = model.evaluation.rowCount > 0 ? model.evaluation.rocAUC : nil
        return ModelHealth(
            modelVersion: id, asOf: asOf, windowDays: windowDays, trainedAsOf: model.referenceDate,
            hasProfile: model.featureProfile != nil,
            report: ModelHealthReport(drift: drift, realized: realized, holdoutAUC: holdoutAUC, thresholds: thresholds))
    }

    /// Leads per `leads(ids:)` call: well under every driver's bind limit.
    private static let leadsPerRead = 10_000

    /// Drift of the leads scored in the window, or nil without a profile or without recent scores.
    ///
    /// Reads only the window's scores (each lead's last written) and those leads.
    private func drift(model: TrainedModel, version: String, asOf: Date, repository: any UptakeRepository)
        async throws -> DriftReport?
    {
        guard let profile = model.featureProfile else { return nil }
        let start = asOf.addingTimeInterval(-Double(windowDays) * 86_400)
        var latest: [LeadID: Double] = [:]
        for score in try await repository.latestModelScores(modelVersion: version, from: start, to: asOf) {
            latest[score.lead] = score.probability
        }
        let ids = latest.keys.sorted { $0.rawValue < $1.rawValue }
        var stored: [LeadID: Lead] = [:]
        for chunk in stride(from: 0, to: ids.count, by: Self.leadsPerRead) {
            let slice = Set(ids[chunk..<min(chunk + Self.leadsPerRead, ids.count)])
            for lead in try await repository.leads(ids: slice) { stored[lead.id] = lead }
        }
        // A score of a lead no longer stored is left out.
        let recent = ids.compactMap { stored[$0] }
        guard !recent.isEmpty else { return nil }
        let features = try LeadFeatureTable(
            leads: recent, reps: try await repository.reps(), asOf: asOf, attributeKinds: model.attributeKinds)
        return try profile.drift(current: features.table, probabilities: recent.compactMap { latest[$0.id] })
    }

    /// Realized performance on the leads resolved since training, or nil when there are none.
    ///
    /// A lead counts when its outcome window `[createdAt, createdAt + horizon)` was still open at the model's
    /// reference date and has closed by `asOf`, so its creation date lies in `(reference − horizon,
    /// asOf − horizon]`: the store is asked for that range widened by a second on each side, and the labelers
    /// decide exactly. Its probability is the first the model gave it (in the order written) before `asOf`
    /// and before its window closed. Conversions before the earliest such lead was created cannot fall in any
    /// of their windows, so only later ones are read.
    private func realized(model: TrainedModel, version: String, asOf: Date, repository: any UptakeRepository)
        async throws -> RealizedPerformance?
    {
        let atTraining = OutcomeLabeler(asOf: model.referenceDate, horizon: horizon)
        let now = OutcomeLabeler(asOf: asOf, horizon: horizon)
        let createdFrom = model.referenceDate.addingTimeInterval(-horizon - 1)
        let createdTo = asOf.addingTimeInterval(-horizon + 1)
        guard createdFrom < createdTo else { return nil }
        var resolved: [LeadID: Lead] = [:]
        for lead in try await repository.leads(createdFrom: createdFrom, to: createdTo)
        where !atTraining.isResolved(lead) && now.isResolved(lead) {
            resolved[lead.id] = lead
        }
        guard !resolved.isEmpty else { return nil }
        var first: [LeadID: Double] = [:]
        for score in try await repository.firstModelScoresInOutcomeWindow(
            modelVersion: version, createdFrom: createdFrom, createdTo: createdTo, horizon: horizon, before: asOf)
        where resolved[score.lead] != nil {
            first[score.lead] = score.probability
        }
        guard !first.isEmpty else { return nil }
        let closed = first.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { resolved[$0] }
        let earliest = closed.map(\.createdAt).min() ?? asOf
        let conversions = try await repository.conversions(from: earliest, to: asOf)
        let labels = now.labels(leads: closed, conversions: conversions)
        return try RealizedPerformance(
            labels: closed.map { labels[$0.id] ?? false }, probabilities: closed.compactMap { first[$0.id] })
    }
}
