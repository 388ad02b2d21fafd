import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

/// `uptake model list`: every version with its metrics; the champion marked.
struct ModelListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List model versions, oldest first, with holdout metrics; * marks the champion."
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func run() async throws {
        let versions = try await database.withRepository { try await $0.modelVersions() }
        if json {
            print(try Self.json(versions))
            return
        }
        if versions.isEmpty {
            print("No model versions yet: run `uptake train` or `uptake model import`.")
            return
        }
        print(Self.table(versions))
    }

    /// The table: one line per version.
    static func table(_ versions: [ModelVersion]) -> String {
        let header = ["", "version", "created (UTC)", "source", "ROC AUC", "log loss", "rows", "positive rate"]
        let rows = versions.map { version -> [String] in
            [
                version.isChampion ? "*" : "", version.id,
                version.createdAt.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)),
                version.source.rawValue,
                version.metrics.map { String(format: "%.4f", $0.rocAUC) } ?? "-",
                version.metrics.map { String(format: "%.4f", $0.logLoss) } ?? "-",
                String(version.data.rows), String(format: "%.3f", version.data.positiveRate),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// The JSON array: id, created_at, source, champion, metrics (or null), data summary.
    static func json(_ versions: [ModelVersion]) throws -> String {
        let encoder = ModelJSON.encoder()
        return String(decoding: try encoder.encode(versions.map(VersionJSON.init)), as: UTF8.self)
    }

    /// One version in `--json` output.
    struct VersionJSON: Encodable {
        var id: String
        var createdAt: Date
        var source: String
        var champion: Bool
        var metrics: TrainingMetricsSummary?
        var data: ModelDataSummary

        init(_ version: ModelVersion) {
            id = version.id
            createdAt = version.createdAt
            source = version.source.rawValue
            champion = version.isChampion
            metrics = version.metrics
            data = version.data
        }

        private enum CodingKeys: String, CodingKey {
            case id, source, champion, metrics, data
            case createdAt = "created_at"
        }
    }
}
