import ArgumentParser
import Foundation
import Testing
import UptakeCore
import UptakeStore
@testable import UptakeCLI

@Suite("uptake plan: help, flags, and the built binary on a generated territory")
struct PlanCommandTests {
    @Test func helpNamesTheModesLimitsAndOSRM() {
        let help = PlanCommand.helpMessage(for: PlanCommand.self, columns: 120)
        for flag in ["--rep <rep-id>", "--team <team>", "--all", "--date <date>", "--max-stops", "--max-extra-minutes",
                     "--seconds", "--seed", "--osrm-url <url>", "--osrm-fallback", "--json <file>"] {
            #expect(help.contains(flag), "plan help should show \(flag)")
        }
        #expect(help.contains("each lead\ngoes to at most one rep") || help.contains("each lead goes to at most one rep"))
        #expect(UptakeCommand.helpMessage(columns: 120).contains("  plan "))
    }

    @Test(arguments: [
        (["--date", "2026-11-23"], "give exactly one of --rep, --team or --all"),
        (["--rep", "r", "--all", "--date", "2026-11-23"], "give exactly one of --rep, --team or --all"),
        (["--all", "--date", "2026-02-30"], "is not a date"),
        (["--all", "--date", "2026-11-23", "--tiers", "gold,tin"], "\"tin\" is not gold, silver or bronze"),
        (["--all", "--date", "2026-11-23", "--osrm-fallback"], "--osrm-fallback needs --osrm-url"),
        (["--all", "--date", "2026-11-23", "--seconds", "0"], "--seconds must be positive"),
    ])
    func badFlagsAreRefused(_ arguments: [String], _ message: String) {
        #expect {
            try PlanCommand.parse(arguments)
        } throws: { error in
            PlanCommand.message(for: error).contains(message)
        }
    }

    @Test func nextWorkingDaySkipsTheWeekend() throws {
        let command = try PlanCommand.parse(["--all", "--date", "next-working-day"])
        let utc = TimeZone(identifier: "UTC")!
        let friday = try CalendarDay(parsing: "2026-11-27").instant(atMinutes: 600, in: utc)
        #expect(try command.parsedDay(in: utc, now: friday).description == "2026-11-30")
        let monday = try CalendarDay(parsing: "2026-11-23").instant(atMinutes: 600, in: utc)
        #expect(try command.parsedDay(in: utc, now: monday).description == "2026-11-24")
    }

    /// The JSON `--json` writes.
    struct Output: Decodable {
        var day: CalendarDay
        var valueSource: String
        var plans: [StoredPlan]
    }

    static func decode(_ data: Data) throws -> Output {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Output.self, from: data)
    }

    /// A generated territory in a temporary SQLite file (the history runs to Friday 2026-11-20).
    static func territory(reps: Int, teams: Int, agencies: Int) throws -> (directory: URL, database: String) {
        let directory = try ExecutableTests.temporaryDirectory()
        let database = "sqlite:\(directory.path)/demo.sqlite"
        let generate = try ExecutableTests.uptake([
            "demo", "generate", "--database", database, "--reps", "\(reps)", "--teams", "\(teams)",
            "--agencies", "\(agencies)", "--today", "2026-11-20",
        ])
        #expect(generate.status == 0, "\(generate.error)")
        return (directory, database)
    }

    @Test func plansATerritoryFeasiblyStoresItAndReplansDeterministically() async throws {
        let (directory, database) = try Self.territory(reps: 4, teams: 2, agencies: 400)
        defer { try? FileManager.default.removeItem(at: directory) }

        // Everyone, team by team; a fixed iteration count so the seed decides the plan.
        let file = directory.appendingPathComponent("plans.json")
        let arguments = ["plan", "--all", "--date", "2026-11-23", "--database", database, "--iterations", "300",
                         "--seconds", "60", "--seed", "7"]
        let first = try ExecutableTests.uptake(arguments + ["--json", file.path])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("Planned 4 reps for 2026-11-23"))
        #expect(first.output.contains("suggested"))
        #expect(first.output.contains("values: tier prior"))
        let output = try Self.decode(try Data(contentsOf: file))
        #expect(output.plans.count == 4)
        #expect(output.valueSource == "tier prior")
        let suggested = output.plans.flatMap(\.suggestions)
        #expect(!suggested.isEmpty)
        // Each lead goes to at most one rep, and every suggestion says why.
        #expect(Set(suggested.map(\.lead)).count == suggested.count)
        #expect(suggested.allSatisfy { $0.explanation.text.hasPrefix("adds ") && $0.id.rawValue.hasPrefix("sug-") })

        let second = try ExecutableTests.uptake(arguments + ["--json", "-"])
        #expect(second.status == 0, "\(second.error)")
        let again = try Self.decode(Data(second.output.utf8))
        #expect(again.plans.map { $0.plan.stops.map(\.kind) } == output.plans.map { $0.plan.stops.map(\.kind) })

        try await SQLRepository.withRepository(try DatabaseURL(parsing: database)) { repository async throws in
            let day = try CalendarDay(parsing: "2026-11-23")
            let current = try await repository.plans(day: day)
            #expect(current.map(\.id) == again.plans.map(\.id))
            for plan in current { try await StoredPlanChecker().check(plan, repository: repository) }
            // The checker itself can fail: tighter limits, or an appointment moved by ten minutes.
            let busy = try #require(current.first { !$0.suggestions.isEmpty })
            await #expect(throws: StoredPlanChecker.Violation.self) {
                try await StoredPlanChecker(maxStops: 0).check(busy, repository: repository)
            }
            var moved = busy
            let index = try #require(moved.plan.stops.firstIndex {
                if case .appointment = $0.kind { true } else { false }
            })
            moved.plan.stops[index].start += 10
            await #expect(throws: StoredPlanChecker.Violation.self) {
                try await StoredPlanChecker().check(moved, repository: repository)
            }
            // The first run's suggestions are kept, marked superseded.
            let old = try #require(try await repository.suggestion(suggested[0].id))
            #expect(old.superseded)
            #expect(try await repository.suggestions(rep: nil, from: day, to: day).count == 2 * suggested.count)
        }
    }

    @Test func oneTeamAndOneRepAndAnUnknownRep() async throws {
        let (directory, database) = try Self.territory(reps: 4, teams: 2, agencies: 300)
        defer { try? FileManager.default.removeItem(at: directory) }
        let team = try ExecutableTests.uptake([
            "plan", "--team", "Demo North", "--date", "2026-11-24", "--database", database, "--max-stops", "2",
            "--json", "-",
        ])
        #expect(team.status == 0, "\(team.error)")
        let plans = try Self.decode(Data(team.output.utf8)).plans
        #expect(plans.count == 2)
        #expect(plans.allSatisfy { $0.suggestions.count <= 2 })
        let leads = plans.flatMap(\.suggestions).map(\.lead)
        #expect(Set(leads).count == leads.count)

        let unknown = try ExecutableTests.uptake(["plan", "--rep", "nobody", "--date", "2026-11-24", "--database", database])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("--rep nobody: no rep has this id"))
        let badFile = try ExecutableTests.uptake([
            "plan", "--rep", "demo-rep-01", "--date", "2026-11-24", "--database", database,
            "--json", "/nonexistent-dir/plans.json",
        ])
        #expect(badFile.status == 1)
        #expect(badFile.error.contains("cannot write --json /nonexistent-dir/plans.json"))

        let one = try ExecutableTests.uptake(["plan", "--rep", "demo-rep-01", "--date", "2026-11-24", "--database", database, "--quiet"])
        #expect(one.status == 0, "\(one.error)")
        #expect(one.output.hasPrefix("Planned 1 rep for 2026-11-24"))
        try await SQLRepository.withRepository(try DatabaseURL(parsing: database)) { repository async throws in
            let stored = try await repository.plans(day: try CalendarDay(parsing: "2026-11-24"))
            #expect(stored.map(\.rep.rawValue).sorted() == ["demo-rep-01"] + plans.map(\.rep.rawValue).sorted())
            for plan in stored { try await StoredPlanChecker(maxStops: 3).check(plan, repository: repository) }
            // Planning demo-rep-01 alone did not take a lead from the team's current plans.
            let current = stored.flatMap(\.suggestions).map(\.lead)
            #expect(Set(current).count == current.count)
            // The run refused for its --json path stored nothing: no superseded plan for demo-rep-01.
            let day = try CalendarDay(parsing: "2026-11-24")
            #expect(try await repository.suggestions(rep: "demo-rep-01", from: day, to: day).allSatisfy { !$0.superseded })
        }
    }

    @Test func replanningOneRepLeavesOtherRepsLeadsAlone() throws {
        let directory = try ExecutableTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = "sqlite:\(directory.path)/db.sqlite"
        let reps = directory.appendingPathComponent("reps.csv"), leads = directory.appendingPathComponent("leads.csv")
        try """
            id,name,email,team,start_latitude,start_longitude,shift_start,shift_end,time_zone
            r1,Ada,ada@example.com,east,39.96,-83.0,08:00,17:00,America/New_York
            r2,Bob,bob@example.com,west,39.96,-83.0,08:00,17:00,America/New_York
            """.write(to: reps, atomically: true, encoding: .utf8)
        try """
            id,name,latitude,longitude,created_at,tier,expected_value
            l1,Acme,39.97,-83.0,2024-01-01,bronze,1000
            l2,Birch,39.96,-83.01,2024-01-01,bronze,2000
            l3,Cedar,39.95,-83.0,2024-01-01,bronze,3000
            l4,Dune,39.96,-82.99,2024-01-01,bronze,4000
            """.write(to: leads, atomically: true, encoding: .utf8)
        for (kind, file) in [("reps", reps), ("leads", leads)] {
            let run = try ExecutableTests.uptake(["import", kind, file.path, "--database", database])
            #expect(run.status == 0, "\(run.output) \(run.error)")
        }
        func plan(_ rep: String) throws -> [LeadID] {
            let run = try ExecutableTests.uptake([
                "plan", "--rep", rep, "--date", "2026-11-24", "--database", database, "--json", "-", "--lunch-minutes", "0",
            ])
            #expect(run.status == 0, "\(run.error)")
            return try Self.decode(Data(run.output.utf8)).plans.flatMap(\.suggestions).map(\.lead)
        }
        // Both reps could take every lead; the first takes the three best, the second only what is left.
        #expect(try Set(plan("r1")) == ["l2", "l3", "l4"])
        #expect(try plan("r2") == ["l1"])
        #expect(try Set(plan("r1")) == ["l2", "l3", "l4"])
    }

    @Test func anUnreachableOSRMServerIsAnErrorUnlessFallbackIsAsked() async throws {
        let (directory, database) = try Self.territory(reps: 2, teams: 1, agencies: 150)
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = ["plan", "--all", "--date", "2026-11-23", "--database", database, "--osrm-url", "http://127.0.0.1:9"]
        let failed = try ExecutableTests.uptake(base)
        #expect(failed.status != 0)
        #expect(failed.error.contains("http://127.0.0.1:9"))
        let day = try CalendarDay(parsing: "2026-11-23")
        try await SQLRepository.withRepository(try DatabaseURL(parsing: database)) { repository async throws in
            #expect(try await repository.plans(day: day).isEmpty)
        }
        let fallback = try ExecutableTests.uptake(base + ["--osrm-fallback", "--quiet"])
        #expect(fallback.status == 0, "\(fallback.error)")
        #expect(fallback.error.contains("using great-circle times"))
        #expect(fallback.output.contains("Planned 2 reps"))
    }
}
