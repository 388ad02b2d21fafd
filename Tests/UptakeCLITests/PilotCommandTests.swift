import ArgumentParser
import Foundation
import Testing
import UptakeCore
import UptakeStore
@testable import UptakeCLI

@Suite("uptake pilot create|start|status|analyze, uptake demo pilot, uptake roi --uplift")
struct PilotCommandTests {
    @Test func helpNamesTheWorkflowAndItsOptions() {
        let create = PilotCreateCommand.helpMessage(for: PilotCreateCommand.self, columns: 120)
        for text in ["--name <name>", "--reps <all|ids>", "--metric", "bronze-conversions-per-rep-week|revenue-per-rep",
                     "--weeks", "--alpha", "--seed", "--start <day>", "1 + (m - 1) x ICC", "tercile"] {
            #expect(create.contains(text), "pilot create help should mention \(text)")
        }
        #expect(PilotStartCommand.helpMessage(for: PilotStartCommand.self, columns: 120).contains("SHA-256"))
        let analyze = PilotAnalyzeCommand.helpMessage(for: PilotAnalyzeCommand.self, columns: 120)
        for text in ["<pilot>", "--csv", "--as-of <day>", "frozen plan"] {
            #expect(analyze.contains(text), "pilot analyze help should mention \(text)")
        }
        let demo = DemoPilotCommand.helpMessage(for: DemoPilotCommand.self, columns: 120)
        #expect(demo.contains("SIMULATED") && demo.contains("55% accepted"))
        let roi = ROICommand.helpMessage(for: ROICommand.self, columns: 120)
        for text in ["--uplift <uplift>", "--uplift-se", "--uplift-ci-low", "--reps", "--margin", "--horizon"] {
            #expect(roi.contains(text), "roi help should mention \(text)")
        }
    }

    @Test(arguments: [
        (["analyze"], "give a stored pilot's name, or --csv FILE"),
        (["analyze", "p", "--csv", "x.csv"], "not both"),
        (["analyze", "--csv", "x.csv"], "--csv needs --arm-column and --metric-column"),
        (["create", "--name", "bad name"], "must be 1-64 letters"),
        (["create", "--name", "p", "--weeks", "0"], "--weeks must be between 1 and 104"),
        (["create", "--name", "p", "--metric", "hugs"], "hugs"),
    ])
    func badFlagsAreRefused(_ arguments: [String], _ message: String) {
        #expect {
            try PilotCommand.parseAsRoot(arguments)
        } throws: { error in
            PilotCommand.message(for: error).contains(message)
        }
    }

    @Test func theRolloutIsPricedFromTheUpliftAndItsInterval() throws {
        let exact = try ROICommand.parse([
            "--rate", "0.01", "--uplift", "0.5", "--uplift-se", "0", "--reps", "10", "--margin", "100",
            "--build-cost", "1000", "--licence", "50", "--running", "0", "--training-hours", "0", "--horizon", "3",
            "--json",
        ])
        let object = try #require(try JSONSerialization.jsonObject(
            with: Data(try exact.rollout.report(rate: 0.01, json: true).utf8)) as? [String: Any])
        // 0.5 × 100 × 10 - 50 = 450 a period after 1,000 at t = 0.
        let npv = CashFlows([-1_000, 450, 450, 450]).npv(rate: 0.01)
        #expect(abs((object["npv"] as? Double ?? 0) - npv) < 1e-9)
        let distribution = try #require(object["npv_distribution"] as? [String: Any])
        #expect(abs((distribution["p10"] as? Double ?? 0) - npv) < 1e-9)
        #expect(distribution["probability_positive"] as? Double == 1)
        let interval = try ROICommand.parse([
            "--rate", "0.01", "--uplift", "0.5", "--uplift-ci-low", "0.1", "--uplift-ci-high", "0.9",
        ])
        let estimate = try interval.rollout.upliftEstimate()
        #expect(abs(estimate.standardError - 0.8 / (2 * 1.959963984540054)) < 1e-12)
        #expect(throws: (any Error).self) { try ROICommand.parse(["--rate", "0.01"]) }
        #expect(throws: (any Error).self) { try ROICommand.parse(["--rate", "0.01", "--uplift", "1"]) }
        #expect(throws: (any Error).self) {
            try ROICommand.parse(["--rate", "0.01", "--uplift", "1", "--uplift-se", "1", "--cash-flows", "-1,2"])
        }
    }

    @Test func aPilotIsDesignedFrozenAndAnalysedAndTheDemoRunsTheWholeWorkflow() async throws {
        let directory = try ExecutableTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("demo.sqlite").path
        let database = "sqlite:\(path)"
        let generate = try ExecutableTests.uptake([
            "demo", "generate", "--database", database, "--reps", "8", "--agencies", "1200", "--today", "2026-11-20",
        ])
        #expect(generate.status == 0, "\(generate.error)")

        let create = try ExecutableTests.uptake([
            "pilot", "create", "--database", database, "--name", "q1", "--reps", "all", "--start", "2026-11-23",
            "--weeks", "8", "--seed", "3",
        ])
        #expect(create.status == 0, "\(create.error)")
        #expect(create.output.contains("Pilot q1: draft, 2026-11-23 to 2027-01-17 (8 weeks), plan hash: not frozen"))
        #expect(create.output.contains("Minimum detectable effect") && create.output.contains("design effect"))
        let early = try ExecutableTests.uptake(["pilot", "analyze", "q1", "--database", database])
        #expect(early.status != 0 && early.error.contains("has not started"))

        let start = try ExecutableTests.uptake(["pilot", "start", "q1", "--database", database])
        #expect(start.status == 0, "\(start.error)")
        let hash = try #require(start.output.split(separator: "\n").last?.replacingOccurrences(of: "Plan hash: ", with: ""))
        #expect(hash.hasPrefix("sha256:") && hash.count == 71)
        let stored = try await SQLRepository.withRepository(.sqliteFile(path)) { try await $0.pilot("q1") }
        #expect(try stored?.design.plan.planHash() == hash)
        let status = try ExecutableTests.uptake(["pilot", "status", "q1", "--database", database])
        #expect(status.output.contains("Pilot q1: running") && status.output.contains(hash))
        // `uptake plan` inside q1's period logs the control reps' suggestions unshown, the treatment reps' shown.
        let plan = try ExecutableTests.uptake([
            "plan", "--all", "--date", "2026-11-24", "--database", database, "--quiet", "--tiers", "gold,silver,bronze",
        ])
        #expect(plan.status == 0, "\(plan.error)")
        try await SQLRepository.withRepository(.sqliteFile(path)) { repository in
            let arms = try #require(try await repository.pilot("q1")).design.assignment.arms
            let day = try CalendarDay(year: 2026, month: 11, day: 24)
            let plans = try await repository.plans(day: day)
            #expect(plans.count == 8)
            #expect(Set(arms.values) == [.treatment, .control])
            #expect(plans.flatMap(\.suggestions).isEmpty == false)
            for plan in plans {
                #expect(plan.shown == (arms[plan.rep.rawValue] == .treatment), "\(plan.rep)")
                #expect(plan.suggestions.allSatisfy { $0.shown == plan.shown })
            }
        }
        let redo = try ExecutableTests.uptake(["pilot", "create", "--database", database, "--name", "q1", "--start", "2026-11-23"])
        #expect(redo.status != 0 && redo.error.contains("its design is frozen"))

        // The simulated pilot overlaps q1's reps only after q1's dates, so it can start.
        let demo = try ExecutableTests.uptake([
            "demo", "pilot", "--database", database, "--today", "2026-11-20", "--seed", "5", "--json",
        ])
        #expect(demo.status == 0, "\(demo.error)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(demo.output.utf8)) as? [String: Any])
        #expect(result["simulated"] as? Bool == true)
        #expect(result["suggestions"] as? Int == 8 * 40 * 2)
        #expect(abs((result["planted_effect"] as? Double ?? 0) - 10 * 0.02805) < 1e-12)
        let analysis = try #require(result["analysis"] as? [String: Any])
        for key in ["itt", "cuped", "sequential", "cace", "relative", "srm_p_value", "plan_hash"] {
            #expect(analysis[key] != nil, "analysis JSON should have \(key)")
        }
        #expect(analysis["plan_hash_verified"] as? Bool == true)
        let roi = try #require(result["roi"] as? [String: Any])
        #expect(roi["npv_distribution"] != nil)

        // `pilot analyze` from the store gives the demo's numbers again, and the control reps' suggestions
        // were logged unshown through the arm lookup.
        let again = try ExecutableTests.uptake(["pilot", "analyze", "demo-pilot", "--json", "--database", database])
        let reanalysis = try #require(try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as? [String: Any])
        let itt = try #require(analysis["itt"] as? [String: Any]), ittAgain = try #require(reanalysis["itt"] as? [String: Any])
        #expect(itt["estimate"] as? Double == ittAgain["estimate"] as? Double)
        try await SQLRepository.withRepository(.sqliteFile(path)) { repository in
            let pilot = try #require(try await repository.pilot("demo-pilot"))
            #expect(pilot.status == .finished)
            let arms = pilot.design.assignment.arms
            let suggestions = try await repository.suggestions(
                rep: nil, from: CalendarDay.containing(pilot.startsAt, in: .utc),
                to: CalendarDay.containing(pilot.endsAt, in: .utc))
            #expect(suggestions.count == 640)
            for suggestion in suggestions {
                #expect(suggestion.shown == (arms[suggestion.rep.rawValue] == .treatment))
            }
            let events = try await repository.ledgerEvents(from: nil, to: nil)
            #expect(Set(events.map(\.rep.rawValue)).allSatisfy { arms[$0] == .treatment })
        }
        let list = try ExecutableTests.uptake(["pilot", "status", "--database", database])
        #expect(list.output.contains("Pilot q1: running") && list.output.contains("Pilot demo-pilot: finished"))
        let text = try ExecutableTests.uptake(["pilot", "analyze", "demo-pilot", "--database", database])
        #expect(text.output.contains("(matches the stored plan)") && text.output.contains("ITT (Welch)"))
    }
}
