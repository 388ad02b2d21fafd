import Foundation
import UptakeCore
import UptakeStore

/// What the analyst reads: the model registry (versions, champion, holdout metrics) and the pilots (design,
/// frozen plan, balance), with the latest started pilot analysed by UptakeReports (``PilotResult``).
struct AnalystSummary: Codable, Sendable {
    /// One registered model version.
    struct Model: Codable, Sendable, Equatable {
        var id: String
        var sequence: Int
        var createdAt: String
        var source: String
        var champion: Bool
        var rocAUC: Double?
        var averagePrecision: Double?
        var logLoss: Double?
        var brier: Double?
        var ece: Double?
        var rowsTrain: Int?
        var rowsHoldout: Int?
        var note: String?
    }

    /// One pilot's design.
    struct Pilot: Codable, Sendable, Equatable {
        var id: String
        var status: String
        var metric: String
        var startsAt: String
        var endsAt: String
        var planHash: String?
        var reps: Int
        var treatmentReps: Int
        var weeks: Int
        var icc: Double
        var minimumDetectableEffect: Double?
        /// The largest absolute standardized mean difference of the balance table.
        var maximumAbsoluteSMD: Double
        var balance: [PilotResult.BalanceRow]
    }

    var models: [Model]
    var pilots: [Pilot]
    /// The latest started pilot's analysis, or nil with `pilotNote`.
    var analysis: PilotResult?
    var pilotNote: String?

    /// Loads the registry and the pilots, and analyses the latest started pilot.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - now: Analyse the data before this instant.
    /// - Returns: The summary.
    /// - Throws: The database's error.
    static func load(repository: any UptakeRepository, now: Date) async throws -> AnalystSummary {
        let models = try await repository.modelVersions().sorted { $0.sequence > $1.sequence }.map(Model.init)
        let (analysis, note) = try await PilotResult.latest(repository: repository, now: now)
        return AnalystSummary(
            models: models, pilots: try await pilots(repository: repository), analysis: analysis, pilotNote: note)
    }

    /// Every pilot's design, latest first.
    ///
    /// - Parameter repository: The store.
    /// - Returns: The designs.
    /// - Throws: The database's error.
    static func pilots(repository: any UptakeRepository) async throws -> [Pilot] {
        try await repository.pilots().reversed().map { pilot in
            let design = pilot.design
            return Pilot(
                id: pilot.id, status: pilot.status.rawValue, metric: design.metric.description,
                startsAt: DayRange.isoDay(pilot.startsAt), endsAt: DayRange.isoDay(pilot.endsAt),
                planHash: pilot.planHash, reps: design.assignment.entries.count,
                treatmentReps: design.assignment.entries.filter { $0.arm == .treatment }.count,
                weeks: design.power.weeks, icc: PilotResult.rounded(design.power.icc),
                minimumDetectableEffect: design.power.minimumDetectableEffect.map(PilotResult.rounded),
                maximumAbsoluteSMD: PilotResult.rounded(design.assignment.balance.maximumAbsoluteSMD),
                balance: PilotResult.balance(design.assignment.balance))
        }
    }
}

extension AnalystSummary.Model {
    /// A registry entry as the analyst's pages and the API show it.
    ///
    /// - Parameter version: The stored version.
    init(_ version: ModelVersion) {
        self.init(
            id: version.id, sequence: version.sequence, createdAt: DayRange.isoDay(version.createdAt),
            source: version.source.rawValue, champion: version.isChampion, rocAUC: version.metrics?.rocAUC,
            averagePrecision: version.metrics?.averagePrecision, logLoss: version.metrics?.logLoss,
            brier: version.metrics?.brier, ece: version.metrics?.ece, rowsTrain: version.metrics?.rowsTrain,
            rowsHoldout: version.metrics?.rowsHoldout, note: version.note)
    }
}
