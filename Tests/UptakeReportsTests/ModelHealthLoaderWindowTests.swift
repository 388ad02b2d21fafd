import Foundation
import Testing
import UptakeCore
import UptakeDemo
import UptakeReports
import UptakeStore
import UptakeTesting

/// The windowed loader (scores of the window, leads whose outcome window closed) gives exactly the health
/// the original whole-history walk gave, on a store whose score history reaches far before the window.
@Suite("ModelHealthLoader windowed reads", .serialized)
struct ModelHealthLoaderWindowTests {
    static let day: TimeInterval = 86_400

    /// The original computation, kept as the reference: it walks the whole score history and every lead.
    struct WholeHistoryReference {
        var loader: ModelHealthLoader

        func load(asOf: Date, repository: any UptakeRepository, version: String) async throws -> ModelHealth {
            let model = try #require(try await repository.trainedModel(version))
            var scores: [StoredLeadScore] = []
            var after: Int64?
            while true {
                let page = try await repository.scoreHistory(after: after, limit: 1_000)
                scores += page.filter { $0.modelVersion == version && $0.probability != nil && $0.scoredAt < asOf }
                guard let last = page.last?.sequence, page.count == 1_000 else { break }
                after = last
            }
            var leads: [LeadID: Lead] = [:]
            var afterLead: LeadID?
            while true {
                let page = try await repository.leads(after: afterLead, limit: 1_000)
                for lead in page { leads[lead.id] = lead }
                guard let last = page.last, page.count == 1_000 else { break }
                afterLead = last.id
            }
            // Drift: each lead's last-written score in [asOf − window, asOf).
            var drift: DriftReport?
            if let profile = model.featureProfile {
                let start = asOf.addingTimeInterval(-Double(loader.windowDays) * 86_400)
                var latest: [LeadID: Double] = [:]
                for score in scores where score.scoredAt >= start { latest[score.lead] = score.probability }
                let recent = latest.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { leads[$0] }
                if !recent.isEmpty {
                    let features = try LeadFeatureTable(
                        leads: recent, reps: try await repository.reps(), asOf: asOf,
                        attributeKinds: model.attributeKinds)
                    drift = try profile.drift(
                        current: features.table, probabilities: recent.compactMap { latest[$0.id] })
                }
            }
            // Realized: leads open at training and resolved by asOf, each with its first score in its window.
            let atTraining = OutcomeLabeler(asOf: model.referenceDate, horizon: loader.horizon)
            let now = OutcomeLabeler(asOf: asOf, horizon: loader.horizon)
            var first: [LeadID: Double] = [:]
            for score in scores where first[score.lead] == nil {
                guard let lead = leads[score.lead], !atTraining.isResolved(lead), now.isResolved(lead),
                      score.scoredAt < now.window(for: lead).upperBound
                else { continue }
                first[score.lead] = score.probability
            }
            var realized: RealizedPerformance?
            if !first.isEmpty {
                let closed = first.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { leads[$0] }
                let conversions = try await repository.conversions(from: Date(timeIntervalSince1970: 0), to: asOf)
                let labels = now.labels(leads: closed, conversions: conversions)
                realized = try RealizedPerformance(
                    labels: closed.map { labels[$0.id] ?? false }, probabilities: closed.compactMap { first[$0.id] })
            }
            return ModelHealth(
                modelVersion: version, asOf: asOf, windowDays: loader.windowDays, trainedAsOf: model.referenceDate,
                hasProfile: model.featureProfile != nil,
                report: ModelHealthReport(
                    drift: drift, realized: realized,
                    holdoutAUC: model.evaluation.rowCount > 0 ? model.evaluation.rocAUC : nil,
                    thresholds: loader.thresholds))
        }
    }

    /// Copies of `scores` at another date (and, optionally, another version or without a probability).
    static func restamped(
        _ scores: [StoredLeadScore], at date: Date, version: String? = nil, probability: Double?? = nil
    ) -> [StoredLeadScore] {
        scores.map { score in
            var score = score
            score.scoredAt = date
            if let version { score.modelVersion = version }
            if let probability { score.probability = probability }
            return score
        }
    }

    @Test func theWindowedLoaderEqualsTheWholeHistoryWalk() async throws {
        try await TestDatabase.sqliteMemory.withRepository { repository in
            let (territory, model, trained) = try await ModelHealthLoaderTests.seed(repository)
            let version = try #require(try await repository.championVersion())
            let asOf = territory.asOf
            let recent = territory.leads.filter { $0.createdAt >= asOf - 90 * Self.day }
            let older = territory.leads.filter { $0.createdAt < trained - 120 * Self.day }.prefix(400)
            let weekAgo = try SeededChampion.scores(
                recent, reps: territory.reps, model: model, version: version, at: asOf - 7 * Self.day)
            let history = try SeededChampion.scores(
                Array(older), reps: territory.reps, model: model, version: version, at: trained - 200 * Self.day)
            let slice = Array(weekAgo.prefix(150))
            // History long before the window (and before training), the window's scores, scores a lead gets
            // twice in the window (written out of date order: the last written wins, not the latest date),
            // another version's and rules scores, and scores on each boundary.
            try await repository.appendScores(history)
            try await repository.appendScores(Self.restamped(history, at: trained - 150 * Self.day))
            try await repository.appendScores(weekAgo)
            try await repository.appendScores(Self.restamped(slice, at: asOf - 3 * Self.day, probability: 0.9))
            try await repository.appendScores(Self.restamped(slice.prefix(60).map { $0 }, at: asOf - 10 * Self.day,
                                                             probability: 0.05))
            try await repository.appendScores(Self.restamped(slice, at: asOf - 2 * Self.day, version: "m-9999"))
            try await repository.appendScores(Self.restamped(slice, at: asOf - Self.day, probability: .some(nil)))
            let edges = Array(weekAgo.suffix(40))
            try await repository.appendScores(Self.restamped(edges.prefix(10).map { $0 }, at: asOf - 28 * Self.day,
                                                             probability: 0.7))
            try await repository.appendScores(Self.restamped(edges.suffix(10).map { $0 }, at: asOf, probability: 0.7))
            try await repository.appendScores(Self.restamped(edges, at: asOf + Self.day, probability: 0.6))
            // Leads whose window closed: a score exactly at the window's end (not inside), and one just before.
            let closedLeads = territory.leads.filter {
                $0.createdAt >= trained - 90 * Self.day && $0.createdAt <= asOf - 90 * Self.day
            }
            #expect(closedLeads.count > 20)
            let atEnd = try SeededChampion.scores(
                Array(closedLeads.prefix(10)), reps: territory.reps, model: model, version: version, at: trained)
                .map { score -> StoredLeadScore in
                    var score = score
                    score.scoredAt = closedLeads.first { $0.id == score.lead }!.createdAt + 90 * Self.day
                    return score
                }
            try await repository.appendScores(atEnd)
            try await repository.appendScores(atEnd.map { score in
                var score = score
                score.scoredAt -= 0.001
                score.probability = 0.33
                return score
            })

            var compared = 0
            for (loader, date) in [
                (ModelHealthLoader(), asOf), (ModelHealthLoader(windowDays: 7), asOf),
                (ModelHealthLoader(windowDays: 1), asOf + 2 * Self.day),
                (ModelHealthLoader(windowDays: 28), asOf - 5 * Self.day + 0.0004),
                (ModelHealthLoader(windowDays: 28), trained + 45 * Self.day),
                (ModelHealthLoader(windowDays: 3, horizon: 30 * Self.day), asOf),
            ] {
                let windowed = try #require(try await loader.load(asOf: date, repository: repository))
                let reference = try await WholeHistoryReference(loader: loader)
                    .load(asOf: date, repository: repository, version: version)
                #expect(windowed == reference, "windowDays \(loader.windowDays) at \(date)")
                if windowed.report.drift != nil && windowed.report.realized != nil { compared += 1 }
            }
            // The comparison is not vacuous: most readings have both drift and realized performance.
            #expect(compared >= 4)
        }
    }
}
