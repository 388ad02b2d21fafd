import ArgumentParser
import Foundation
import UptakeCore
import UptakeImport
import UptakeStore

extension ScoreCommand {
    /// What a store scoring run did: the version used and the count per tier.
    struct Summary: Codable, Equatable {
        /// The model version or `rules:<hash>`.
        var modelVersion: String
        /// Leads scored.
        var leads: Int
        /// Leads per tier.
        var gold: Int, silver: Int, bronze: Int

        private enum CodingKeys: String, CodingKey {
            case modelVersion = "model_version"
            case leads, gold, silver, bronze
        }

        init(modelVersion: String, tiers: [LeadTier]) {
            self.modelVersion = modelVersion
            leads = tiers.count
            gold = tiers.count { $0 == .gold }
            silver = tiers.count { $0 == .silver }
            bronze = tiers.count { $0 == .bronze }
        }
    }

    /// Scores every stored lead and appends the scores, all in one transaction.
    func runFromStore() async throws {
        let date = try scoringDate()
        let rulesScheme = try rules.map { try ScoringRulesFile.load(contentsOf: URL(fileURLWithPath: $0)) }
        let (modelVersion, reasons, batchSize) = (self.modelVersion, self.reasons, self.batchSize)
        let summary = try await database.withRepository { repository in
            let snapshot = try await StoreSnapshot.read(repository, conversionsBefore: nil)
            let scoredAt = Date()
            let stored: [StoredLeadScore]
            if let rulesScheme {
                stored = try Self.scoreWithRules(rulesScheme, snapshot: snapshot, asOf: date, scoredAt: scoredAt)
            } else {
                var chosen = modelVersion
                if chosen == nil { chosen = try await repository.championVersion() }
                guard let version = chosen else {
                    throw ValidationError(
                        "there is no champion model yet: run `uptake train` (or `uptake model import`), "
                            + "or score with --rules FILE"
                    )
                }
                guard let model = try await repository.trainedModel(version) else {
                    throw ModelStoreError(.notFound, "there is no model version \(version) (see `uptake model list`)")
                }
                let features = try LeadFeatureTable(
                    leads: snapshot.leads, reps: snapshot.reps, asOf: date, attributeKinds: model.attributeKinds
                )
                StoreSnapshot.warnAboutMismatches(features)
                let scorer = try LeadScorer(model: model, reasonCount: reasons, batchSize: batchSize)
                let progress = ProgressReporter(title: "Scoring")
                let scores = features.restoringDates(
                    in: try scorer.score(features.table, scoringDate: date), leads: snapshot.leads
                )
                progress.succeed()
                stored = zip(snapshot.leads, scores).map {
                    StoredLeadScore($1, lead: $0.id, modelVersion: version, scoredAt: scoredAt)
                }
            }
            try await repository.appendScores(stored)
            return Summary(
                modelVersion: stored.first?.modelVersion ?? modelVersion ?? "none", tiers: stored.map(\.tier)
            )
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            print(Self.render(summary))
        }
    }

    /// Scores with a rules scheme: version `rules:<fingerprint>`, no probability.
    static func scoreWithRules(
        _ rules: ScoringRules, snapshot: StoreSnapshot, asOf: Date, scoredAt: Date
    ) throws -> [StoredLeadScore] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let version = "rules:" + RulesScorer.fingerprint(try encoder.encode(rules))
        let features = try LeadFeatureTable(leads: snapshot.leads, reps: snapshot.reps, asOf: asOf)
        StoreSnapshot.warnAboutMismatches(features)
        let scores = try RulesScorer(rules: rules).score(features.table, asOf: asOf)
        return zip(snapshot.leads, scores).map { lead, score in
            StoredLeadScore(
                lead: lead.id, modelVersion: version, scoredAt: scoredAt, probability: nil, score: score.score,
                tier: score.tier, positiveReasons: score.positiveReasons, negativeReasons: score.negativeReasons
            )
        }
    }

    /// The text summary: version, leads, count and share per tier.
    static func render(_ summary: Summary) -> String {
        var lines = ["Scored \(summary.leads) leads with \(summary.modelVersion)"]
        for (tier, count) in [("gold", summary.gold), ("silver", summary.silver), ("bronze", summary.bronze)] {
            let share = summary.leads == 0 ? 0 : 100 * Double(count) / Double(summary.leads)
            lines.append(tier.padding(toLength: 8, withPad: " ", startingAt: 0)
                + String(count).leftPadding(to: 8) + String(format: "  %5.1f%%", share))
        }
        return lines.joined(separator: "\n")
    }
}

fileprivate extension String {
    /// The string right-aligned in `width` columns.
    func leftPadding(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
