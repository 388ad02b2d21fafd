import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

/// `uptake model show V`: one version's metrics, training data, parameters, features and promotions.
struct ModelShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one model version: metrics, training data, parameters, promotions."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The version, e.g. m-0001.", valueName: "version"))
    var version: String

    func run() async throws {
        let version = self.version
        let (found, model, promotions) = try await database.withRepository { repository in
            (try await repository.modelVersion(version), try await repository.trainedModel(version),
             try await repository.promotions().filter { $0.modelVersion == version })
        }
        guard let found, let model else {
            throw ModelCommandError(.notFound, "there is no model version \(version) (see `uptake model list`)")
        }
        print(Self.render(found, model: model, promotions: promotions))
    }

    /// The text.
    static func render(_ version: ModelVersion, model: TrainedModel, promotions: [ModelPromotion]) -> String {
        func day(_ date: Date?) -> String { date.map(AsOfDay.text) ?? "-" }
        var lines = [
            "Model version \(version.id)\(version.isChampion ? " (champion)" : "")",
            "created      \(version.createdAt.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)))",
            "source       \(version.source.rawValue)" + (version.note.map { " — \($0)" } ?? ""),
        ]
        if let metrics = version.metrics {
            lines.append(String(
                format: "holdout      ROC AUC %.4f, average precision %.4f, log loss %.4f, Brier %.4f, ECE %.4f",
                metrics.rocAUC, metrics.averagePrecision, metrics.logLoss, metrics.brier, metrics.ece))
            lines.append("             \(metrics.rowsHoldout) rows, \(metrics.positivesHoldout) positives; "
                + "\(metrics.rowsTrain) training rows")
        } else {
            lines.append("holdout      not evaluated")
        }
        let data = version.data
        lines.append("data         \(data.rows) rows, positive rate \(String(format: "%.4f", data.positiveRate)), "
            + "\(day(data.firstDate)) to \(day(data.lastDate)), hash \(data.hash.isEmpty ? "-" : data.hash)")
        let p = version.parameters
        lines.append("parameters   split \(p.split.name), eta \(p.eta), max depth \(p.maxDepth), "
            + "subsample \(p.subsample), colsample \(p.columnSampleByTree), rounds \(model.bestIteration + 1) "
            + "of \(model.roundsTrained), seed \(p.seed)")
        lines.append("model        " + model.candidateSummary)
        if let weights = model.baseWeightsSummary { lines.append("base rows    " + weights) }
        lines.append("tiers        gold from \(String(format: "%.4f", model.tierCutPoints.gold)), "
            + "silver from \(String(format: "%.4f", model.tierCutPoints.silver))")
        lines.append("features     " + model.schema.columns.map(\.name).joined(separator: ", "))
        if !model.featureImportance.isEmpty {
            lines.append("importance   " + model.featureImportance.prefix(8)
                .map { "\($0.feature) \(String(format: "%.3f", $0.meanAbsoluteContribution))" }
                .joined(separator: ", "))
        }
        for promotion in promotions {
            lines.append("promoted     \(promotion.promotedAt.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))) "
                + "by \(promotion.promotedBy)\(promotion.forced ? " (forced)" : ""): \(promotion.reason)")
        }
        return lines.joined(separator: "\n")
    }
}
