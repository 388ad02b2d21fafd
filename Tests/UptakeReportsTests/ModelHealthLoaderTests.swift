import Foundation
import Testing
import UptakeCore
import UptakeDemo
import UptakeReports
import UptakeStore
import UptakeTesting

/// Model health read from the store: a champion trained on the demo territory 60 days before its as-of
/// date, its scores in the history, and the leads as stored.
@Suite("ModelHealthLoader", .serialized)
struct ModelHealthLoaderTests {
    static let day: TimeInterval = 86_400

    /// Stores the demo territory, trains on what was known 60 days before its as-of date, registers the
    /// model (the champion) and scores the leads open then, as `uptake score` would have.
    static func seed(_ repository: SQLRepository) async throws -> (DemoTerritory, TrainedModel, Date) {
        let territory = try DemoTerritoryGenerator().generate()
        _ = try await repository.upsert(reps: territory.reps)
        _ = try await repository.upsert(leads: territory.leads)
        _ = try await repository.upsert(conversions: territory.conversions)
        let trained = territory.asOf.addingTimeInterval(-60 * day)
        let (version, model) = try await SeededChampion.train(
            repository, leads: territory.leads, reps: territory.reps, conversions: territory.conversions, at: trained)
        let open = territory.leads.filter { $0.createdAt < trained && $0.createdAt >= trained - 90 * day }
        try await SeededChampion.score(
            open, reps: territory.reps, model: model, version: version.id, at: trained, into: repository)
        return (territory, model, trained)
    }

    @Test func aShiftedPopulationIsFlaggedAndAnUnshiftedOneIsNot() async throws {
        try await TestDatabase.sqliteMemory.withRepository { repository in
            let (territory, model, trained) = try await Self.seed(repository)
            let profile = try #require(model.featureProfile)
            #expect(profile.columns.map(\.name).contains(LeadFeatureTable.expectedValueColumn))
            let version = try #require(try await repository.championVersion())

            // Unshifted: every lead of the last 90 days (same process, unseen by the model) scored a week ago.
            let asOf = territory.asOf
            let recent = territory.leads.filter { $0.createdAt >= asOf - 90 * Self.day }
            try await SeededChampion.score(
                recent, reps: territory.reps, model: model, version: version, at: asOf - 7 * Self.day, into: repository)
            let calm = try #require(try await ModelHealthLoader().load(asOf: asOf, repository: repository))
            let calmDrift = try #require(calm.report.drift)
            #expect(calm.modelVersion == version && calm.trainedAsOf == trained)
            #expect(calmDrift.currentRowCount == recent.count && recent.count >= 100)
            #expect(calmDrift.driftedFeatures.isEmpty, "\(calmDrift.features.map { ($0.name, $0.psi) })")
            #expect(calmDrift.score.psi <= 0.1)
            #expect(!calm.report.findings.contains { $0.message.contains("PSI") })
            // Realized: the leads open at training whose window closed since, scored at training.
            let realized = try #require(calm.report.realized)
            let closed = territory.leads.filter {
                $0.createdAt >= trained - 90 * Self.day && $0.createdAt <= asOf - 90 * Self.day
            }
            #expect(realized.count == closed.count && realized.count > 0)

            // Shifted: the same leads with values and agencies four times as large, rescored a day later.
            let shifted = recent.map { lead -> Lead in
                var lead = lead
                lead.expectedValue *= 4
                if case .number(let agents)? = lead.attributes[DemoAttributeKey.agents] {
                    lead.attributes[DemoAttributeKey.agents] = .number(agents * 4)
                }
                return lead
            }
            _ = try await repository.upsert(leads: shifted)
            let later = asOf + 2 * Self.day
            try await SeededChampion.score(
                shifted, reps: territory.reps, model: model, version: version, at: asOf + Self.day, into: repository)
            let moved = try #require(
                try await ModelHealthLoader(windowDays: 1).load(asOf: later, repository: repository))
            let movedDrift = try #require(moved.report.drift)
            #expect(movedDrift.currentRowCount == recent.count)
            #expect(Set(movedDrift.driftedFeatures.map(\.name)).isSuperset(
                of: [LeadFeatureTable.expectedValueColumn, DemoAttributeKey.agents]))
            #expect(moved.report.status != .ok)
            #expect(moved.report.findings.contains { $0.message.contains("feature PSI > 0.20") })
        }
    }
}
