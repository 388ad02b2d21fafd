import ArgumentParser
import Foundation
import UptakeStore

/// `uptake status`: what is in the database.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what the database holds: rows per table and the last import."
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print one JSON object with a count per table.")
    var json = false

    func run() async throws {
        let (counts, last) = try await database.withRepository { repository in
            (try await repository.counts(), try await repository.lastImport())
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(counts), as: UTF8.self))
            return
        }
        print(Self.render(counts: counts, lastImport: last, url: database.resolvedURL))
    }

    /// The human-readable form.
    static func render(counts: TableCounts, lastImport: ImportRecord?, url: String) -> String {
        let rows: [(String, Int)] = [
            ("reps", counts.reps), ("leads", counts.leads), ("appointments", counts.appointments),
            ("visits", counts.visits), ("conversions", counts.conversions), ("imports", counts.imports),
        ]
        var lines = ["Database: \(url)"]
        for (name, count) in rows {
            lines.append(name.padding(toLength: 14, withPad: " ", startingAt: 0) + String(count))
        }
        if let last = lastImport {
            let when = ISO8601DateFormatter().string(from: last.finishedAt)
            lines.append("Last import: \(last.entity) from \(last.source) at \(when) — "
                + "\(last.summary.inserted) inserted, \(last.summary.updated) updated, "
                + "\(last.summary.unchanged) unchanged, \(last.rejected) rejected")
        } else {
            lines.append("Last import: none")
        }
        return lines.joined(separator: "\n")
    }
}
