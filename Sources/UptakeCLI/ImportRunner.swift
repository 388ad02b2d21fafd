import Foundation
import UptakeCore
import UptakeImport
import UptakeStore

/// Runs one file import into a repository, all or nothing: every batch the importer accepts is written
/// inside one transaction, which is rolled back when the file turns out to have errors (unless
/// `skipInvalid`, where valid rows land and invalid ones go to `FILE.rejected.csv`).
struct ImportRunner {
    /// What a finished import did.
    struct Outcome: Sendable {
        /// The importer's account: rows read, errors, warnings, rejected file.
        var result: ImportResult
        /// What the database did with the rows; zero when rolled back.
        var summary: UpsertSummary
        /// Whether anything was written.
        var committed: Bool

        /// The lines printed after an import.
        var report: String {
            var text = result.report
            if committed {
                text += "\n\(summary.inserted) inserted, \(summary.updated) updated, \(summary.unchanged) unchanged"
                    + ", \(result.rejected) rejected"
            } else {
                text += "\nNothing was written: fix the errors above and import the file again"
                    + (result.isFileLevelFailure ? "." : ", or use --skip-invalid to import the valid rows.")
            }
            return text
        }
    }

    /// Thrown inside the transaction to roll it back; carries the result out.
    private struct RollBack: Error {
        var result: ImportResult
    }

    var entity: ImportEntity
    var options: ImportOptions

    /// Imports `file` into `repository`.
    ///
    /// - Parameters:
    ///   - file: The CSV (or, for appointments, `.ics`) file.
    ///   - repository: Where the rows go.
    ///   - progress: Called with the fraction of the file read.
    /// - Returns: The outcome; `committed` is false when the file had errors and nothing was written.
    /// - Throws: File-system and database errors (nothing is written then either).
    func run(
        file: URL, into repository: any UptakeRepository, progress: (@Sendable (Double) -> Void)? = nil
    ) async throws -> Outcome {
        let entity = self.entity
        let options = self.options
        do {
            return try await repository.transaction { tx in
                let reps = try await tx.reps()
                let references = Self.references(reps: reps, repository: tx)
                let importer = CSVImporter(options: options, references: references, progress: { value in
                    progress?(value.fraction ?? 0)
                })
                let totals = SummaryBox()
                let result = try await importer.importFile(entity, from: file) { batch in
                    let summary: UpsertSummary
                    switch batch {
                    case .leads(let values): summary = try await tx.upsert(leads: values)
                    case .reps(let values): summary = try await tx.upsert(reps: values)
                    case .appointments(let values): summary = try await tx.upsert(appointments: values)
                    case .visits(let values): summary = try await tx.upsert(visits: values)
                    case .conversions(let values): summary = try await tx.upsert(conversions: values)
                    }
                    totals.add(summary)
                }
                if result.mustRollBack { throw RollBack(result: result) }
                try await tx.record(ImportRecord(
                    entity: entity.rawValue, source: file.lastPathComponent, finishedAt: Date(),
                    summary: totals.value, rejected: result.rejected
                ))
                return Outcome(result: result, summary: totals.value, committed: true)
            }
        } catch let rollBack as RollBack {
            return Outcome(result: rollBack.result, summary: UpsertSummary(), committed: false)
        }
    }

    /// Rep references matched in memory (reps are few), by id, email or name ignoring case and spaces;
    /// lead references checked in the database, inside the transaction.
    static func references(reps: [Rep], repository: any UptakeRepository) -> ImportReferences {
        @Sendable func key(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces).lowercased() }
        let byID = Dictionary(reps.map { ($0.id.rawValue, $0.id) }, uniquingKeysWith: { first, _ in first })
        let byEmail = Dictionary(reps.map { (key($0.email), $0.id) }, uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(reps.map { (key($0.name), $0.id) }, uniquingKeysWith: { first, _ in first })
        return ImportReferences(
            resolveReps: { keys, match in
                var found: [String: RepID] = [:]
                for candidate in keys {
                    switch match {
                    case .id: found[candidate] = byID[candidate]
                    case .email: found[candidate] = byEmail[key(candidate)]
                    case .name: found[candidate] = byName[key(candidate)]
                    }
                }
                return found
            },
            existingLeads: { ids in try await repository.existingLeadIDs(ids) }
        )
    }
}

/// A running total shared between the importer's sink and the runner.
private final class SummaryBox: @unchecked Sendable {
    // Only touched from the one task running the import, in order; the box exists to carry the value
    // out of the sink closure.
    private(set) var value = UpsertSummary()
    func add(_ summary: UpsertSummary) { value = value + summary }
}
