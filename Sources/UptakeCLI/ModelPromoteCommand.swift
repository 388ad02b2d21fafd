import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

/// `uptake model promote V`: makes a version the champion, unless it is worse than the current one.
struct ModelPromoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promote",
        abstract: "Make a model version the champion.",
        discussion: """
            Refused when the candidate's holdout ROC AUC is lower or its log loss higher than the \\
            champion's (or the candidate was never evaluated), unless --force; a forced promotion is \\
            recorded as such.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The version to promote, e.g. m-0002.", valueName: "version"))
    var version: String

    @Flag(help: "Promote even when the candidate's metrics are worse (recorded).")
    var force = false

    @Option(help: ArgumentHelp("Who promotes (default: $USER).", valueName: "name"))
    var by: String?

    func run() async throws {
        let (version, force) = (self.version, self.force)
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        let promotion = try await database.withRepository { repository in
            try await repository.transaction { repository in
                guard let candidate = try await repository.modelVersion(version) else {
                    throw ModelCommandError(.notFound, "there is no model version \(version) (see `uptake model list`)")
                }
                let championID = try await repository.championVersion()
                var champion: ModelVersion?
                if let championID { champion = try await repository.modelVersion(championID) }
                let verdict = PromotionRule().verdict(
                    candidate: Self.metrics(candidate), champion: champion.map(Self.metrics)
                )
                if candidate.isChampion {
                    throw ModelCommandError(.promotionRefused, "\(version) is already the champion")
                }
                if !verdict.isAllowed && !force {
                    throw ModelCommandError(
                        .promotionRefused,
                        "promotion of \(version) refused: \(verdict.reason). Use --force to promote it anyway "
                            + "(recorded as forced)."
                    )
                }
                let promotion = ModelPromotion(
                    modelVersion: version, promotedAt: Date(), promotedBy: who, forced: !verdict.isAllowed,
                    reason: verdict.reason, previousChampion: championID
                )
                try await repository.recordPromotion(promotion)
                return promotion
            }
        }
        print("\(version) is now the champion" + (promotion.forced ? " (forced)" : "")
            + (promotion.previousChampion.map { ", replacing \($0)" } ?? "") + ": \(promotion.reason)")
    }

    /// A version's metrics for the rule (NaN when not evaluated).
    static func metrics(_ version: ModelVersion) -> PromotionRule.Metrics {
        PromotionRule.Metrics(
            version: version.id, rocAUC: version.metrics?.rocAUC ?? .nan, logLoss: version.metrics?.logLoss ?? .nan
        )
    }
}
