import Foundation
import SQLKit
import Testing
import UptakeCore
@testable import UptakeStore
import UptakeTesting

/// The bulk upsert: statement splitting at the limits, counts, all-or-nothing transactions, and the
/// secondary indexes SQLite drops for a bulk write into an empty table and builds again before commit.
@Suite("SQLRepository upsert")
struct SQLRepositoryUpsertTests {
    private struct Abort: Error {}

    /// The SQLite databases only: PostgreSQL keeps its indexes throughout.
    static let sqliteCases: [TestDatabase] = [.sqliteFile, .sqliteMemory]

    /// `count` leads with ids `lead-<start>`..., owned by three reps in turn.
    private static func leads(_ count: Int, from start: Int = 0) -> [Lead] {
        (start..<(start + count)).map {
            StoreFixtures.lead(String(format: "lead-%06d", $0), owner: RepID("rep-\($0 % 3)"))
        }
    }

    /// The leads table's secondary indexes, by name.
    private static func leadIndexes(_ repository: any UptakeRepository) async throws -> Set<String> {
        let repository = try #require(repository as? SQLRepository)
        let sql: SQLQueryString = switch repository.kind {
        case .sqlite:
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL"
        case .postgres:
            "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'leads' AND indexname <> 'leads_pkey'"
        }
        return try await repository.withDatabase { database in
            Set(try await database.raw(sql).all().map { try $0.decode(column: "name", as: String.self) })
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func statementsSplitExactlyAtTheRowLimit(_ database: TestDatabase) async throws {
        let perStatement = min(
            SQLRepository.maxRowsPerStatement, SQLRepository.maxBindsPerStatement / (Lead.columns.count + 1))
        try await database.withRepository { repository async throws in
            var start = 0
            for count in [perStatement, perStatement + 1, 2 * perStatement] {
                let batch = Self.leads(count, from: start)
                #expect(try await repository.upsert(leads: batch) == UpsertSummary(inserted: count))
                #expect(try await repository.upsert(leads: batch) == UpsertSummary(unchanged: count))
                #expect(try await repository.lead(batch[count - 1].id) == batch[count - 1])
                #expect(try await repository.lead(batch[perStatement - 1].id) == batch[perStatement - 1])
                start += count
            }
            #expect(try await repository.counts().leads == start)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func storedHashLookupSplitsAtTheBindLimit(_ database: TestDatabase) async throws {
        let count = SQLRepository.maxBindsPerStatement + 1
        try await database.withRepository { repository async throws in
            var batch = Self.leads(count)
            #expect(try await repository.upsert(leads: batch) == UpsertSummary(inserted: count))
            batch[0].expectedValue += 1
            batch[count - 1].expectedValue += 1
            #expect(try await repository.upsert(leads: batch) == UpsertSummary(updated: 2, unchanged: count - 2))
            #expect(try await repository.lead(batch[count - 1].id) == batch[count - 1])
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func reimportInOneTransactionCountsUnchangedAndUpdated(_ database: TestDatabase) async throws {
        let batch = Self.leads(2_500)
        try await database.withRepository { repository async throws in
            let first = try await repository.transaction { tx in try await tx.upsert(leads: batch) }
            #expect(first == UpsertSummary(inserted: 2_500))
            let again = try await repository.transaction { tx in try await tx.upsert(leads: batch) }
            #expect(again == UpsertSummary(unchanged: 2_500))
            var renamed = batch
            for index in stride(from: 0, to: 2_500, by: 250) { renamed[index].name = "Renamed \(index)" }
            let changed = renamed
            let third = try await repository.transaction { tx in try await tx.upsert(leads: changed) }
            #expect(third == UpsertSummary(updated: 10, unchanged: 2_490))
            #expect(try await repository.lead(changed[250].id)?.name == "Renamed 250")
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func bulkWriteIntoAnEmptyTableCommitsWithEveryIndex(_ database: TestDatabase) async throws {
        let batch = Self.leads(2_000)
        try await database.withRepository { repository async throws in
            let indexes = try await Self.leadIndexes(repository)
            #expect(indexes.isSuperset(of: ["leads_owner", "leads_created"]))
            try await repository.transaction { tx async throws in
                #expect(try await tx.upsert(leads: batch) == UpsertSummary(inserted: 2_000))
                #expect(try await tx.upsert(leads: Self.leads(1_500, from: 2_000)) == UpsertSummary(inserted: 1_500))
                // Queries in the same transaction still answer while the indexes are being deferred.
                #expect(try await tx.leads(owner: "rep-1").count == 1_167)
                let during = try await Self.leadIndexes(tx)
                #expect(during == (repository.kind == .sqlite ? [] : indexes), "SQLite drops them for the bulk write")
            }
            #expect(try await Self.leadIndexes(repository) == indexes)
            #expect(try await repository.leads(owner: "rep-2").count == 1_166)
            #expect(try await repository.counts().leads == 3_500)
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func failureAfterBulkWritesLeavesNothingWritten(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let indexes = try await Self.leadIndexes(repository)
            await #expect(throws: Abort.self) {
                try await repository.transaction { tx async throws in
                    _ = try await tx.upsert(leads: Self.leads(2_000))
                    _ = try await tx.upsert(leads: Self.leads(2_000, from: 2_000))
                    throw Abort()
                }
            }
            #expect(try await repository.counts().leads == 0)
            #expect(try await Self.leadIndexes(repository) == indexes)
            // And the next import starts from a clean table.
            #expect(try await repository.upsert(leads: Self.leads(1_000)) == UpsertSummary(inserted: 1_000))
            #expect(try await Self.leadIndexes(repository) == indexes)
        }
    }

    @Test(arguments: sqliteCases)
    func failingIndexRebuildRollsEverythingBack(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let indexes = try await Self.leadIndexes(repository)
            await #expect(throws: (any Error).self) {
                try await repository.transaction { tx async throws in
                    _ = try await tx.upsert(leads: Self.leads(2_000))
                    // Takes the name the deferred index needs, so building it again at commit fails.
                    let sqlRepository = try #require(tx as? SQLRepository)
                    try await sqlRepository.withDatabase { database in
                        try await database.raw("CREATE INDEX leads_owner ON reps (team)").run()
                    }
                }
            }
            #expect(try await repository.counts().leads == 0)
            #expect(try await Self.leadIndexes(repository) == indexes)
        }
    }

    @Test(arguments: sqliteCases)
    func indexesStayInsideASavepoint(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let indexes = try await Self.leadIndexes(repository)
            try await repository.transaction { tx async throws in
                try await tx.transaction { inner async throws in
                    #expect(try await inner.upsert(leads: Self.leads(2_000)) == UpsertSummary(inserted: 2_000))
                    #expect(try await Self.leadIndexes(inner) == indexes)
                }
            }
            #expect(try await Self.leadIndexes(repository) == indexes)
            #expect(try await repository.counts().leads == 2_000)
        }
    }

    @Test(arguments: sqliteCases)
    func smallWritesAndNonEmptyTablesKeepTheirIndexes(_ database: TestDatabase) async throws {
        try await database.withRepository { repository async throws in
            let indexes = try await Self.leadIndexes(repository)
            try await repository.transaction { tx async throws in
                _ = try await tx.upsert(leads: Self.leads(SQLiteRowWriter.bulkRecords - 1))
                #expect(try await Self.leadIndexes(tx) == indexes, "a small write keeps them")
                _ = try await tx.upsert(leads: Self.leads(2_000, from: 5_000))
                #expect(try await Self.leadIndexes(tx) == indexes, "the table was not empty")
            }
        }
    }
}
