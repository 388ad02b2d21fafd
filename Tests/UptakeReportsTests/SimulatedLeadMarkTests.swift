import Foundation
import Testing
import UptakeCore
import UptakeDemo
import UptakeReports
import UptakeStore
import UptakeTesting

/// The "simulated" check of a digest's audience, by the leads' mark and not by any id scheme.
@Suite struct SimulatedLeadMarkTests {
    @Test func theMarkIsTheDemoGeneratorsAttribute() {
        #expect(SimulatedLeadMark.demoAttribute == DemoAttributeKey.demo)
        #expect(SimulatedLeadMark().attribute == DemoAttributeKey.demo)
    }

    @Test func eachAudienceIsJudgedOnItsOwnLeads() async throws {
        try await TestDatabase.sqliteMemory.withRepository { repository in
            // Ids of no particular scheme: a synthetic west team beside a real east one.
            _ = try await repository.upsert(reps: [
                StoreFixtures.rep("R17", name: "Real Rita", team: "East"),
                StoreFixtures.rep("X-04", name: "Synthetic Sam", team: "West"),
            ])
            _ = try await repository.upsert(leads: [
                StoreFixtures.lead("acct-1", owner: "R17", attributes: ["agents": .number(4)]),
                StoreFixtures.lead("acct-2", owner: "X-04", attributes: [DemoAttributeKey.demo: .boolean(true)]),
            ])
            let mark = SimulatedLeadMark()
            #expect(try await mark.isPresent(for: .executive, in: repository))
            #expect(try await mark.isPresent(for: .manager(team: nil), in: repository))
            #expect(try await mark.isPresent(for: .manager(team: "West"), in: repository))
            #expect(try await mark.isPresent(for: .manager(team: "East"), in: repository) == false)
            #expect(try await mark.isPresent(for: .manager(team: "Nowhere"), in: repository) == false)
            #expect(try await mark.isPresent(for: .rep(id: "X-04", name: "Synthetic Sam"), in: repository))
            #expect(try await mark.isPresent(for: .rep(id: "R17", name: "Real Rita"), in: repository) == false)
        }
    }
}
