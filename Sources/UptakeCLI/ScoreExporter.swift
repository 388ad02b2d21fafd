import ArgumentParser
import Foundation
import UptakeCore
import UptakeStore

/// `uptake score export`: writes the latest score of every lead (or the whole history) as CSV.
struct ScoreExporter {
    /// The store.
    var database: DatabaseOptions
    /// The CSV file to write.
    var out: String
    /// Every score ever stored instead of the latest per lead.
    var allHistory: Bool

    /// Scores read per page (history, or latest scores by lead).
    static let pageSize = 10_000

    func run() async throws {
        let destination = URL(fileURLWithPath: out)
        let partial = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).partial-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: partial.path)
        else {
            throw ValidationError("cannot write \(out)")
        }
        let allHistory = self.allHistory
        let database = self.database
        do {
            try handle.write(contentsOf: Data(Self.header.utf8))
            // Both reads go in pages (history by write order, latest scores by lead id), so memory stays flat
            // however many scores there are.
            let count = try await database.withRepository { repository in
                var count = 0
                var cursor: (sequence: Int64?, lead: LeadID?) = (nil, nil)
                while true {
                    let page = allHistory
                        ? try await repository.scoreHistory(after: cursor.sequence, limit: Self.pageSize)
                        : try await repository.latestScores(afterLead: cursor.lead, limit: Self.pageSize)
                    if page.isEmpty { break }
                    try handle.write(contentsOf: Data(page.map(Self.line).joined().utf8))
                    count += page.count
                    cursor = (page.last?.sequence, page.last?.lead)
                }
                return count
            }
            try handle.close()
            // rename(2) replaces the destination in one step: a reader sees the old file or the new one.
            guard rename(partial.path, destination.path) == 0 else {
                throw ValidationError("cannot write \(out): \(String(cString: strerror(errno)))")
            }
            print("Wrote \(count) scores to \(out)")
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// The header line.
    static let header = "lead_id,model_version,scored_at,probability,score,tier,reasons\n"

    /// One CSV line.
    static func line(_ score: StoredLeadScore) -> String {
        let reasons = ScoreReason.joined(score.positiveReasons, score.negativeReasons)
        let when = score.scoredAt.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        return [
            CSVField.field(score.lead.rawValue), CSVField.field(score.modelVersion), when,
            score.probability.map { PrintfText.fixed($0, digits: 6) } ?? "", String(score.score), score.tier.rawValue,
            CSVField.field(reasons),
        ].joined(separator: ",") + "\n"
    }

}
