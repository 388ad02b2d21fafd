import Foundation
import Testing
import UptakeCore
import UptakeImport
import UptakeStore
import UptakeTesting
@testable import UptakeCLI

/// The import as a user runs it: files through the importer into a real database, all or nothing.
@Suite struct ImportRunnerTests {
    static let repsCSV = """
        id,name,email,team,start_latitude,start_longitude,shift_start,shift_end,time_zone
        rep-001,Jane Smith,jane@example.com,North,39.9612,-82.9988,08:00,17:00,America/New_York
        rep-002,Marcus Lee,marcus@example.com,South,39.7589,-84.1916,08:30,17:30,America/New_York
        rep-003,Priya Patel,priya@example.com,North,41.4993,-81.6944,08:00,16:00,America/New_York

        """
    static let leadsHeader = "id,name,latitude,longitude,created_at,tier,expected_value,owner"

    /// A directory of its own for each test's files.
    static func write(_ contents: Data, as name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("uptake-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }

    static func write(_ text: String, as name: String) throws -> URL { try write(Data(text.utf8), as: name) }

    static func run(
        _ entity: ImportEntity, _ url: URL, into repository: any UptakeRepository, options: ImportOptions = .init()
    ) async throws -> ImportRunner.Outcome {
        try await ImportRunner(entity: entity, options: options).run(file: url, into: repository)
    }

    /// A database with two reps and three leads in it, to see that a failed import leaves it as it was.
    static func seeded(_ repository: any UptakeRepository) async throws -> TableCounts {
        let reps = try await run(.reps, try write(repsCSV, as: "reps.csv"), into: repository)
        #expect(reps.committed && reps.summary.inserted == 3)
        let leads = """
            \(leadsHeader)
            L1,Acme Insurance,40.0,-83.0,2024-01-01,gold,5000,rep-001
            L2,Birch Agency,40.1,-83.1,2024-02-01,bronze,1200,rep-002
            L3,Cedar & Sons,40.2,-83.2,2024-03-01T10:00:00Z,silver,2500,

            """
        let outcome = try await run(.leads, try write(leads, as: "leads.csv"), into: repository)
        #expect(outcome.committed && outcome.summary.inserted == 3)
        return try await repository.counts()
    }

    @Test(arguments: TestDatabase.allCases)
    func reimportingTheSameFileChangesNothing(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            _ = try await Self.seeded(repository)
            let again = try await Self.run(.reps, try Self.write(Self.repsCSV, as: "reps.csv"), into: repository)
            #expect(again.committed)
            #expect(again.summary == UpsertSummary(inserted: 0, updated: 0, unchanged: 3))
            let changed = Self.repsCSV.replacingOccurrences(of: "08:30,17:30", with: "09:00,18:00")
            let update = try await Self.run(.reps, try Self.write(changed, as: "reps.csv"), into: repository)
            #expect(update.summary == UpsertSummary(inserted: 0, updated: 1, unchanged: 2))
            #expect(try await repository.rep("rep-002")?.shiftStart == TimeOfDay(hour: 9))
            #expect(try await repository.lastImport()?.source == "reps.csv")
        }
    }

    @Test(arguments: TestDatabase.allCases)
    func salesforceExportWithOwnersByName(_ database: TestDatabase) async throws {
        try await database.withRepository { repository in
            _ = try await Self.seeded(repository)
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("UptakeImportTests/Fixtures/salesforce-accounts.csv")
            let outcome = try await Self.run(
                .leads, url, into: repository, options: ImportOptions(mapping: try ColumnMapping.load("salesforce")))
            #expect(outcome.committed, "\(outcome.report)")
            #expect(outcome.summary.inserted > 0)
            let lead = try #require(try await repository.lead("0015g00000AbCdEAAV"))
            #expect(lead.name == "Buckeye Mutual Insurance Agency")
            #expect(lead.owner == "rep-001")
            #expect(lead.attributes["Industry"] == .category("Insurance"))
        }
    }

    /// Bad files, each with the first error the user reads.
    static let badFiles: [(name: String, contents: Data, entity: ImportEntity, firstError: String)] = {
        let header = leadsHeader
        var cases: [(String, Data, ImportEntity, String)] = [
            ("leads.csv", Data("id;name;latitude;longitude;created_at\nL9;Zed;40.0;-83.0;2024-01-01\n".utf8), .leads,
             "leads.csv:1: missing required columns; the delimiter looks wrong"),
            ("leads.csv", Data("id,name,latitude,created_at\nL9,Zed,40.0,2024-01-01\n".utf8), .leads,
             "leads.csv:1: missing required column \"longitude\""),
            ("leads.csv", Data("\(header)\nL9,Zed,40.0,-83.0,2024-01-01,gold,12k,\n".utf8), .leads,
             "leads.csv:2: column \"expected_value\": \"12k\" is not a number"),
            ("leads.csv", Data("\(header)\nL9,Zed,91.5,-83.0,2024-01-01,gold,1,\n".utf8), .leads,
             "leads.csv:2: column \"latitude\": \"91.5\" is outside -90...90"),
            ("leads.csv", Data("\(header)\nL9,Zed,40.0,-190,2024-01-01,gold,1,\n".utf8), .leads,
             "leads.csv:2: column \"longitude\": \"-190\" is outside -180...180"),
            ("leads.csv", Data("\(header)\nL9,Zed,40.0,-83.0,2024-02-30,gold,1,\n".utf8), .leads,
             "leads.csv:2: column \"created_at\": \"2024-02-30\" is not a date"),
            ("leads.csv", Data("\(header)\nL9,Zed,40,-83,2024-01-01,,,\nL9,Zed,40,-83,2024-01-01,,,\n".utf8), .leads,
             "leads.csv:3: column \"id\": \"L9\" is a duplicate of the id on line 2"),
            ("appointments.csv",
             Data("id,rep,start,end\nA1,rep-999,2024-03-15T14:00:00Z,2024-03-15T15:00:00Z\n".utf8), .appointments,
             "appointments.csv:2: column \"rep\": \"rep-999\" is not a known rep"),
            ("leads.csv", Data("\(header)\nL9,\"Zed,40,-83,2024-01-01,,,\n".utf8), .leads,
             "leads.csv:2: column \"name\": unclosed quote: the quoted field opened on line 2"),
            ("leads.csv", Data("\(header)\nL9,Caf".utf8) + Data([0xE9]) + Data(",40,-83,2024-01-01,,,\n".utf8), .leads,
             "leads.csv:2: column \"name\": is not valid UTF-8"),
            ("leads.csv", Data(), .leads, "leads.csv: the file is empty"),
        ]
        var big = Data("\(header),notes\nL9,Zed,40,-83,2024-01-01,,,,".utf8)
        big.append(Data(repeating: UInt8(ascii: "x"), count: 10 * 1024 * 1024))
        big.append(Data("\n".utf8))
        cases.append(("big.csv", big, .leads, "big.csv:2: column \"notes\": is longer than the field limit"))
        // Valid rows fill the first batches (which reach the database) before the error: all must go.
        var late = "\(header)\n"
        for index in 0..<4_500 { late += "N\(index),Agency \(index),40.0,-83.0,2024-01-01,bronze,100,rep-001\n" }
        late += "N9999,Last,40.0,-83.0,not a date,bronze,100,rep-001\n"
        cases.append(("late.csv", Data(late.utf8), .leads, "late.csv:4502: column \"created_at\": \"not a date\""))
        return cases
    }()

    @Test(arguments: TestDatabase.allCases, Array(0..<13))
    func aBadFileWritesNothing(_ database: TestDatabase, _ index: Int) async throws {
        let bad = Self.badFiles[index]
        try await database.withRepository { repository in
            let before = try await Self.seeded(repository)
            let lastImport = try await repository.lastImport()
            // The first case is a ";" file read with --delimiter ",".
            let options = index == 0 ? ImportOptions(delimiter: ",") : ImportOptions()
            let outcome = try await Self.run(
                bad.entity, try Self.write(bad.contents, as: bad.name), into: repository, options: options)
            #expect(!outcome.committed)
            #expect(outcome.summary == UpsertSummary())
            let first = try #require(outcome.result.errors.first?.description)
            #expect(first.hasPrefix(bad.firstError), "got: \(first)")
            #expect(outcome.report.contains("Nothing was written"))
            #expect(try await repository.counts() == before, "the database must be unchanged")
            #expect(try await repository.lastImport() == lastImport)
            #expect(try await repository.lead("L1")?.name == "Acme Insurance")
        }
    }

    @Test func skipInvalidWritesTheValidRowsAndARejectedFile() async throws {
        try await TestDatabase.sqliteFile.withRepository { repository in
            _ = try await Self.seeded(repository)
            let text = "\(Self.leadsHeader)\nL7,Good,40,-83,2024-01-01,,,\nL8,Bad,95,-83,2024-01-01,,,\n"
            let url = try Self.write(text, as: "mixed.csv")
            let outcome = try await Self.run(.leads, url, into: repository, options: ImportOptions(skipInvalid: true))
            #expect(outcome.committed)
            #expect(outcome.summary.inserted == 1)
            #expect(outcome.result.rejected == 1)
            #expect(try await repository.lead("L7") != nil)
            #expect(try await repository.lead("L8") == nil)
            let rejectedFile = try #require(outcome.result.rejectedFile)
            #expect(rejectedFile.lastPathComponent == "mixed.csv.rejected.csv")
            let rejected = try String(contentsOf: rejectedFile, encoding: .utf8)
            #expect(rejected.contains("L8,Bad,95"))
            #expect(rejected.contains("is outside -90...90"))
        }
    }
}
