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

    /// Leads scored per step of a store run: the progress bar moves once per step (see `Step`).
    static let scoringStep = 5_000
    /// Scores written per step of a store run, all steps in one transaction.
    static let writingStep = 10_000

    /// Scores every stored lead and appends the scores in one transaction, with a progress bar that moves
    /// through reading, scoring and writing.
    func runFromStore() async throws {
        let date = try scoringDate()
        let rulesScheme = try rules.map { try ScoringRulesFile.load(contentsOf: URL(fileURLWithPath: $0)) }
        let (modelVersion, reasons, batchSize) = (self.modelVersion, self.reasons, self.batchSize)
        let progress = ProgressReporter(title: Step.Phase.readingLeads.title)
        let summary: Summary
        do {
            summary = try await database.withRepository { repository in
                try await Self.scoreStore(
                    repository, modelVersion: modelVersion, rules: rulesScheme, asOf: date, reasons: reasons,
                    batchSize: batchSize
                ) { step in progress.update(step.fraction, title: step.phase.title) }
            }
        } catch {
            progress.fail()
            throw error
        }
        progress.succeed()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            print(Self.render(summary))
        }
    }

    /// Scores every stored lead with a model version (the champion when neither is given) or a rules
    /// scheme, and appends the scores to the history in one transaction, reporting each step done.
    ///
    /// - Parameters:
    ///   - repository: The store.
    ///   - modelVersion: The version to score with; `nil` for the champion.
    ///   - rules: A rules scheme to score with instead of a model.
    ///   - asOf: The day date attributes are measured at.
    ///   - reasons: Reasons of each sign per lead.
    ///   - batchSize: At most this many leads per XGBoost call.
    ///   - scoredAt: The time stamped on the scores.
    ///   - pageSize: Leads read per query.
    ///   - scoringStep: Leads scored per step.
    ///   - writingStep: Scores written per step.
    ///   - report: Called after each page read, batch scored and batch written (and once at the start of
    ///     each phase, with nothing done).
    /// - Returns: The version used and the count per tier.
    /// - Throws: `ValidationError` when there is no champion; `ModelStoreError` for an unknown version;
    ///   scoring and store errors (no score is written then).
    static func scoreStore(
        _ repository: any UptakeRepository, modelVersion: String?, rules: ScoringRules?, asOf: Date, reasons: Int,
        batchSize: Int, scoredAt: Date = Date(), pageSize: Int = StoreSnapshot.pageSize,
        scoringStep: Int = scoringStep, writingStep: Int = writingStep, report: @Sendable (Step) -> Void
    ) async throws -> Summary {
        // The model first: a missing champion fails before the leads are read.
        let scoreRows: (ColumnTable, Range<Int>) throws -> [StoredLeadScore]
        let features: LeadFeatureTable, leads: [Lead]
        if let rules {
            let version = try rulesVersion(rules)
            let scorer = try RulesScorer(rules: rules)
            leads = try await readLeads(repository, pageSize: pageSize, report: report)
            report(Step(phase: .scoring, done: 0, total: leads.count))
            features = try LeadFeatureTable(leads: leads, reps: try await repository.reps(), asOf: asOf)
            scoreRows = { table, rows in
                zip(leads[rows], try scorer.score(table, asOf: asOf)).map { lead, score in
                    StoredLeadScore(
                        lead: lead.id, modelVersion: version, scoredAt: scoredAt, probability: nil,
                        score: score.score, tier: score.tier, positiveReasons: score.positiveReasons,
                        negativeReasons: score.negativeReasons)
                }
            }
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
            let scorer = try LeadScorer(model: model, reasonCount: reasons, batchSize: batchSize)
            leads = try await readLeads(repository, pageSize: pageSize, report: report)
            report(Step(phase: .scoring, done: 0, total: leads.count))
            let table = try LeadFeatureTable(
                leads: leads, reps: try await repository.reps(), asOf: asOf, attributeKinds: model.attributeKinds
            )
            features = table
            scoreRows = { batch, rows in
                let scores = table.restoringDates(
                    in: try scorer.score(batch, scoringDate: asOf), leads: Array(leads[rows]))
                return zip(leads[rows], scores).map {
                    StoredLeadScore($1, lead: $0.id, modelVersion: version, scoredAt: scoredAt)
                }
            }
        }
        StoreSnapshot.warnAboutMismatches(features)
        var stored: [StoredLeadScore] = []
        stored.reserveCapacity(leads.count)
        let step = max(1, scoringStep)
        for start in stride(from: 0, to: leads.count, by: step) {
            let rows = start..<min(start + step, leads.count)
            let batch = rows.count == leads.count ? features.table : features.table.selecting(Array(rows))
            stored += try scoreRows(batch, rows)
            report(Step(phase: .scoring, done: rows.upperBound, total: leads.count))
        }
        try await writeScores(stored, to: repository, step: writingStep, report: report)
        return Summary(modelVersion: stored.first?.modelVersion ?? modelVersion ?? "none", tiers: stored.map(\.tier))
    }

    /// Every stored lead, page by page, reporting each page against the stored count.
    private static func readLeads(
        _ repository: any UptakeRepository, pageSize: Int, report: (Step) -> Void
    ) async throws -> [Lead] {
        // The count is only for the bar: leads added meanwhile make `done` pass it, never the reverse.
        var total = try await repository.counts().leads
        report(Step(phase: .readingLeads, done: 0, total: total))
        var leads: [Lead] = []
        leads.reserveCapacity(total)
        while true {
            let page = try await repository.leads(after: leads.last?.id, limit: max(1, pageSize))
            leads += page
            total = max(total, leads.count)
            report(Step(phase: .readingLeads, done: leads.count, total: total))
            if page.count < max(1, pageSize) { break }
        }
        return leads
    }

    /// Appends scores in steps, all in one transaction: a failure writes none of them.
    private static func writeScores(
        _ scores: [StoredLeadScore], to repository: any UptakeRepository, step: Int,
        report: @Sendable (Step) -> Void
    ) async throws {
        report(Step(phase: .writingScores, done: 0, total: scores.count))
        try await repository.transaction { transaction in
            let step = max(1, step)
            for start in stride(from: 0, to: scores.count, by: step) {
                let end = min(start + step, scores.count)
                try await transaction.appendScores(Array(scores[start..<end]))
                report(Step(phase: .writingScores, done: end, total: scores.count))
            }
        }
    }

    /// A rules scheme's version: `rules:` and the fingerprint of its canonical JSON.
    static func rulesVersion(_ rules: ScoringRules) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return "rules:" + RulesScorer.fingerprint(try encoder.encode(rules))
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
