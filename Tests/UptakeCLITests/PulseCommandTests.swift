import Foundation
import Testing
@testable import UptakeCLI

/// `uptake pulse ...` run as a user runs it: no output ever shows a group of fewer than five answers.
@Suite struct PulseCommandTests {
    typealias Exe = ExecutableTests

    /// 4 executives (all rating confidence 5, a figure that must not appear), 1 manager, 6 reps in North
    /// and 3 in South.
    static let csv = """
        role,team,confidence,trust,goal_clarity,training,comment
        executive,Leadership,5,5,5,5,executives only see upside
        executive,Leadership,5,5,5,5,
        executive,Leadership,5,5,5,5,
        executive,Leadership,5,5,5,5,
        manager,North,4,4,4,4,
        rep,North,2,3,4,1,need training
        rep,North,3,3,4,2,
        rep,North,2,2,3,1,
        rep,North,3,4,4,2,
        rep,North,2,3,3,2,
        rep,North,3,3,4,1,
        rep,South,1,2,2,1,
        rep,South,2,2,2,1,
        rep,South,1,1,2,1,

        """

    @Test func importThenResultsNeverShowsASmallGroup() throws {
        let directory = try Exe.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = "sqlite:\(directory.path)/db.sqlite"
        let file = directory.appendingPathComponent("pulse.csv")
        try Self.csv.write(to: file, atomically: true, encoding: .utf8)
        let imported = try Exe.uptake(["pulse", "import", file.path, "--database", database, "--survey", "nov"])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("Imported 14 answers into survey \"nov\"."))

        let text = try Exe.uptake(["pulse", "results", "--database", database])
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("executive       " + PulseResultsText.suppressedLabel))
        #expect(text.output.contains("manager         " + PulseResultsText.suppressedLabel))
        #expect(text.output.contains("front line      9"))
        #expect(text.output.contains("rep             9"))
        // North (6) would reveal South (3) by subtraction from the front line: both suppressed.
        #expect(text.output.contains("North           " + PulseResultsText.suppressedLabel))
        #expect(text.output.contains("South           " + PulseResultsText.suppressedLabel))
        #expect(!text.output.contains("5.00"))
        #expect(text.output.contains("not shown: executives have fewer than 5 answers"))

        let json = try Exe.uptake(["pulse", "results", "--database", database, "--json"])
        #expect(json.status == 0, "\(json.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let results = try #require(object["results"] as? [String: Any])
        let groups = (results["byRole"] as? [[String: Any]] ?? []) + (results["byTeam"] as? [[String: Any]] ?? [])
        #expect(groups.count == 6)  // executive, manager, front line, rep; North, South
        for group in groups {
            if let answers = group["answers"] as? Int { #expect(answers >= 5) }
            else { #expect(group["suppressed"] as? Bool == true && group["means"] == nil) }
        }
        #expect(results["gap"] == nil)
        #expect(!json.output.contains("\"answers\":4") && !json.output.contains("\"answers\":1,"))
    }

    @Test func aBadRowWritesNothingAndNamesTheLine() throws {
        let directory = try Exe.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = "sqlite:\(directory.path)/db.sqlite"
        let file = directory.appendingPathComponent("pulse.csv")
        try "role,team,confidence,trust,goal_clarity,training\nrep,North,3,3,3,3\nboss,North,9,3,3,3\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let run = try Exe.uptake(["pulse", "import", file.path, "--database", database])
        #expect(run.status == 1)
        #expect(run.output.contains("pulse.csv:3: column \"role\": \"boss\" is not one of executive|manager|practitioner|rep"))
        #expect(run.output.contains("Nothing was written."))
        let results = try Exe.uptake(["pulse", "results", "--database", database])
        #expect(results.status != 0)
        #expect(results.error.contains("no pulse survey yet"))

        try "role,team,email,confidence,trust,goal_clarity,training\n".write(to: file, atomically: true, encoding: .utf8)
        let identifying = try Exe.uptake(["pulse", "import", file.path, "--database", database])
        #expect(identifying.status == 1)
        #expect(identifying.output.contains("column(s) email not allowed: pulse answers are anonymous"))
    }

    @Test func simulateLabelsItsAnswers() throws {
        let directory = try Exe.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = "sqlite:\(directory.path)/db.sqlite"
        let generate = try Exe.uptake([
            "demo", "generate", "--database", database, "--reps", "6", "--teams", "2", "--agencies", "150",
            "--today", "2026-11-20", "--json",
        ])
        #expect(generate.status == 0, "\(generate.error)")
        let simulate = try Exe.uptake(["pulse", "simulate", "--database", database])
        #expect(simulate.status == 0, "\(simulate.error)")
        #expect(simulate.output.contains("SIMULATED pulse answers"))
        let results = try Exe.uptake(["pulse", "results", "--database", database])
        #expect(results.output.hasPrefix("SIMULATED DATA: not real answers."))
        let again = try Exe.uptake(["pulse", "simulate", "--database", database])
        #expect(again.status != 0 && again.error.contains("already has answers"))
    }

    @Test func helpExplainsSuppressionAndColumns() {
        let help = PulseCommand.helpMessage(for: PulseCommand.self, columns: 120)
        #expect(help.contains("fewer than 5 answers"))
        for name in ["import", "results", "simulate"] { #expect(help.contains("  \(name) ")) }
        let importHelp = PulseImportCommand.helpMessage(for: PulseImportCommand.self, columns: 120)
        #expect(importHelp.contains("role (executive|manager|practitioner|rep), team, confidence, trust, goal_clarity"))
        #expect(importHelp.contains("--survey <id>"))
        #expect(PulseResultsCommand.helpMessage(for: PulseResultsCommand.self, columns: 120).contains("--json"))
    }
}
