import Foundation
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeReports
import UptakeStore
@testable import UptakeServer

/// The team page's pilot section with a finished pilot: the team's reps with their arms, the status, the dates
/// and the frozen plan's hash, as the stored pilot and UptakeReports' analysis of it say.
@Suite struct TeamControllerTests {
    @Test func thePilotSectionShowsTheTeamsArmsAndTheFrozenPlan() async throws {
        try await ServerTestHarness.withHarness { harness in
            let seed = try await ServerTestHarness.seedEvidence(harness.repository)
            let analysed = try await PilotStoreAnalysis.analyze(seed.pilot, in: harness.repository, asOf: Date())
            let pilot = analysed.pilot
            #expect(analysed.hashVerified && pilot.status == .finished)
            let north: Set = ["rep-1", "rep-2", "rep-4", "rep-5"]
            let arms = pilot.design.assignment.entries.filter { north.contains($0.repID) }
            #expect(arms.count == 4 && Set(arms.map(\.arm)).count == 2, "the team has reps in both arms")

            // The values the page renders.
            let summary = try await TeamSummary.load(team: "north", now: Date(), repository: harness.repository)
            let line = try #require(summary.pilots.first)
            #expect(summary.pilots.count == 1)
            #expect(line.id == seed.pilot && line.status == "finished" && line.planHash == pilot.planHash)
            #expect(line.startsAt == DayRange.isoDay(pilot.startsAt) && line.endsAt == DayRange.isoDay(pilot.endsAt))
            #expect(line.metric == pilot.design.metric.description)
            #expect(Dictionary(uniqueKeysWithValues: line.arms.map { ($0.rep, $0.arm) })
                    == Dictionary(uniqueKeysWithValues: arms.map { ($0.repID, $0.arm.rawValue) }))
            #expect(analysed.analysis.treatmentCount + analysed.analysis.controlCount == 8)

            // The page itself, as the team's manager reads it.
            try await harness.test { client in
                let response = try await client.execute(uri: "/team", method: .get, headers: harness.headers(.manager))
                #expect(response.status == .ok)
                let page = response.text
                let hash = try #require(pilot.planHash)
                #expect(page.contains(#"<div class="pilot" data-pilot="\#(seed.pilot)">"#))
                #expect(page.contains(
                    "<strong>\(seed.pilot)</strong> · finished · \(line.startsAt) to \(line.endsAt)"))
                #expect(page.contains(#"<code class="hash">\#(hash)</code>"#))
                for entry in arms {
                    let name = entry.repID == "rep-1" ? "Ada North" : entry.repID == "rep-2" ? "Bob North"
                        : "Rep \(entry.repID.dropFirst(4))"
                    let arm = #"<li>\#(name): <span class="arm-\#(entry.arm.rawValue)">"#
                    #expect(page.contains(arm), "\(entry.repID)")
                }
                #expect(!page.contains("Rep 6") && !page.contains("Cy South"), "only the team's reps")
                #expect(!page.contains("The team is in no pilot."))
            }
        }
    }
}
