import Foundation
import Testing
import UptakeCore
import UptakeStore
import UptakeTesting
@testable import UptakeCLI

@Suite("uptake events import and uptake funnel")
struct EventsImportCommandTests {
    @Test func helpNamesTheColumnsAndTheFunnelOptions() {
        let help = EventsImportCommand.helpMessage(for: EventsImportCommand.self, columns: 120)
        for text in ["event_id", "suggestion_id", "supersedes", "--reasons <codes>", "writes nothing"] {
            #expect(help.contains(text), "events import help should mention \(text)")
        }
        let funnel = FunnelCommand.helpMessage(for: FunnelCommand.self, columns: 120)
        for text in ["--by <by>", "--from <day>", "--to <day>", "--radius", "--json"] {
            #expect(funnel.contains(text), "funnel help should mention \(text)")
        }
        let root = UptakeCommand.helpMessage(columns: 120)
        #expect(root.contains("  events ") && root.contains("  funnel "))
    }

    /// A database with two reps, three leads and three stored suggestions; returns their ids in order
    /// (rep-1 lead-a, rep-1 lead-b, rep-2 lead-c).
    static func seed(_ url: DatabaseURL) async throws -> [String] {
        try await SQLRepository.withRepository(url) { repository in
            try await repository.migrate()
            _ = try await repository.upsert(reps: [StoreFixtures.rep("rep-1"), StoreFixtures.rep("rep-2", team: "south")])
            let leads = [StoreFixtures.lead("lead-a"), StoreFixtures.lead("lead-b"), StoreFixtures.lead("lead-c", owner: "rep-2")]
            _ = try await repository.upsert(leads: leads)
            let day = try CalendarDay(parsing: "2026-01-05"), utc = TimeZone(identifier: "UTC")!
            let one = try await repository.save(SimulatedPlanDraft.make(
                rep: "rep-1", day: day, leads: Array(leads.prefix(2)), createdAt: StoreFixtures.epoch, timeZone: utc))
            let two = try await repository.save(SimulatedPlanDraft.make(
                rep: "rep-2", day: day, leads: [leads[2]], createdAt: StoreFixtures.epoch, timeZone: utc))
            return (one.suggestions + two.suggestions).map(\.id.rawValue)
        }
    }

    @Test func importsAValidFileCorrectsItAndRefusesABadOneWhole() async throws {
        let directory = try ExecutableTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite").path
        let database = "sqlite:\(path)"
        let ids = try await Self.seed(.sqliteFile(path))
        let (s1, s2, s3) = (ids[0], ids[1], ids[2])
        // Lead fixtures sit at 40.0,-83.0: 40.001 is 111 m away, 40.01 is 1.1 km (flagged).
        let good = directory.appendingPathComponent("events.csv")
        try """
            event_id,suggestion_id,event,time,rep_id,lead_id,reason,note,latitude,longitude,value,supersedes
            e1,\(s1),shown,2026-01-05T08:00:00Z,rep-1,,,,,,,
            e2,\(s1),accepted,2026-01-05T08:05:00Z,,,,,,,,
            e3,\(s1),visited,2026-01-05T10:00:00Z,,,,"Met the owner, signed",40.001,-83.0,,
            e4,\(s1),converted,2026-01-09,,,,,,,1500,
            e5,\(s2),shown,2026-01-05T08:00:00Z,,,,,,,,
            e6,\(s2),dismissed,2026-01-05T08:06:00Z,,,too_far,,,,,
            e7,\(s3),shown,2026-01-05T08:00:00Z,rep-2,lead-c,,,,,,
            e8,\(s3),accepted,2026-01-05T08:01:00Z,,,,,,,,
            e9,\(s3),visited,2026-01-05T11:00:00Z,,,,,40.01,-83.0,,

            """.write(to: good, atomically: true, encoding: .utf8)
        let run = try ExecutableTests.uptake(["events", "import", good.path, "--database", database])
        #expect(run.status == 0, "\(run.output) \(run.error)")
        #expect(run.output.contains("events.csv: 9 rows read, 9 events appended"))

        let funnel = try ExecutableTests.uptake(["funnel", "--by", "rep", "--json", "--database", database])
        #expect(funnel.status == 0, "\(funnel.error)")
        let decoded = try JSONDecoder().decode(FunnelJSON.self, from: Data(funnel.output.utf8))
        #expect(decoded.rows.map(\.group) == ["rep-1", "rep-2"])
        let rep1 = decoded.rows[0]
        #expect(rep1.shown == 2 && rep1.accepted == 1 && rep1.dismissed == 1)
        #expect(rep1.visited == 1 && rep1.converted == 1)
        #expect(decoded.rows[0].dismissalReasons == ["too_far": 1])
        #expect(decoded.rows[1].visitsFlagged == 1 && decoded.rows[0].visitsFlagged == 0)
        #expect(decoded.total.convertedValue == 1_500)

        // A correction: s2 was in fact accepted (supersedes the dismissal), and the conversion is retracted.
        let correction = directory.appendingPathComponent("corrections.csv")
        try """
            event_id,suggestion_id,event,time,supersedes,note
            e10,\(s2),accepted,2026-01-05T08:06:00Z,e6,entered by mistake
            e11,\(s1),retracted,2026-01-10,e4,duplicate deal

            """.write(to: correction, atomically: true, encoding: .utf8)
        #expect(try ExecutableTests.uptake(["events", "import", correction.path, "--database", database]).status == 0)
        let table = try ExecutableTests.uptake(["funnel", "--by", "team", "--from", "2026-01-05", "--to", "2026-01-05",
                                                "--database", database])
        #expect(table.status == 0)
        #expect(table.output.contains("north"))
        #expect(table.output.contains("Dismissal reasons: none"))
        let total = try JSONDecoder().decode(FunnelJSON.self, from: Data(
            try ExecutableTests.uptake(["funnel", "--json", "--database", database]).output.utf8))
        #expect(total.total.accepted == 3 && total.total.converted == 0)

        // A bad file: every error is reported with its line, and nothing is written.
        let bad = directory.appendingPathComponent("bad.csv")
        try """
            event_id,suggestion_id,event,time,rep_id,reason,value,supersedes
            e20,sug-missing,shown,2026-01-06,,,,
            e21,\(s1),dismissed,2026-01-06,,bored,,
            e22,\(s1),shown,2026-01-06,rep-2,,,
            e23,\(s1),accepted,yesterday,,,,
            e24,\(s1),converted,2026-01-06,,,,
            e25,\(s1),retracted,2026-01-06,,,,e4
            e1,\(s1),shown,2026-01-06,,,,
            e26,\(s3),shown,2026-01-06,,,,

            """.write(to: bad, atomically: true, encoding: .utf8)
        let refused = try ExecutableTests.uptake(["events", "import", bad.path, "--database", database])
        #expect(refused.status == 1)
        for expected in [
            "bad.csv:2: column \"suggestion_id\": \"sug-missing\" is not a stored suggestion",
            "bad.csv:3: dismissal reason \"bored\" is not one of",
            "bad.csv:4: column \"rep_id\": \"rep-2\" is not the suggestion's rep (rep-1)",
            "bad.csv:5: column \"time\": \"yesterday\" is not",
            "bad.csv:6: a converted event needs a value",
            "bad.csv:7: event e4 was already superseded by e11",
            "bad.csv:8: column \"event_id\": \"e1\" is already in the ledger",
            "Nothing was written",
        ] {
            #expect(refused.output.contains(expected), "missing: \(expected)\n\(refused.output)")
        }
        let count = try await SQLRepository.withRepository(.sqliteFile(path)) { try await $0.ledgerEventCount() }
        #expect(count == 11)
    }

    /// The parts of `uptake funnel --json` the test reads.
    struct FunnelJSON: Decodable {
        struct Row: Decodable {
            var group: String
            var shown, accepted, dismissed, visited, converted: Int
            var visitsFlagged: Int
            var convertedValue: Double
            var dismissalReasons: [String: Int]

            enum CodingKeys: String, CodingKey {
                case group, shown, accepted, dismissed, visited, converted, visitsFlagged = "visits_flagged"
                case convertedValue = "converted_value", dismissalReasons = "dismissal_reasons"
            }
        }
        var rows: [Row]
        var total: Row
    }
}
