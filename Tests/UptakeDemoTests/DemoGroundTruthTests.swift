import Foundation
import Testing
import UptakeCore
import UptakeDemo

@Suite("Demo ground truth")
struct DemoGroundTruthTests {
    /// From scripts/fixtures/demo/make_demo_fixtures.py (the documented formula with scipy's expit);
    /// its output is demo-fixtures.json there. Distance nil means unassigned.
    @Test(
        "probability matches the documented formula computed independently in Python",
        arguments: [
            (1.0, DemoLineOfBusiness.personal, 0.0, 0.0, 0.0 as Double?, LeadTier.bronze, 0.060086650174007626),
            (4, .commercial, 12, 45, 18.5, .silver, 0.22910271895648174),
            (25, .mixed, 20, 3, 2.0, .gold, 0.8615117126812611),
            (2, .health, 45, 400, 90.0, .bronze, 0.0016140638199137907),
            (9, .life, 7, 120, nil, .silver, 0.030431268758300104),
            (60, .mixed, 33, 10, 150.0, .gold, 0.4771058002546011),
        ])
    func formula(
        agents: Double, line: DemoLineOfBusiness, years: Double, days: Double, kilometres: Double?,
        tier: LeadTier, expected: Double
    ) {
        let inputs = DemoGroundTruth.Inputs(
            agents: agents, lineOfBusiness: line, yearsInBusiness: years, daysSinceLastContact: days,
            ownerDistanceKilometres: kilometres, tier: tier)
        #expect(abs(DemoGroundTruth.probability(inputs) - expected) < 1e-12)
    }

    @Test("reads a lead: size, line, tenure, recency as of createdAt, distance from the owner's base, tier")
    func fromLead() throws {
        let territory = try sharedTerritory.get()
        for lead in territory.leads.prefix(200) {
            let inputs = try DemoGroundTruth.inputs(of: lead, reps: territory.reps)
            #expect(.number(inputs.agents) == lead.attributes[DemoAttributeKey.agents])
            #expect(inputs.tier == lead.tier)
            #expect(inputs.daysSinceLastContact >= 0)
            if let owner = lead.owner {
                let base = try #require(territory.reps.first { $0.id == owner }).start
                let kilometres = try #require(inputs.ownerDistanceKilometres)
                #expect(abs(kilometres - base.distanceKilometres(to: lead.location)) < 1e-9)
            } else {
                #expect(inputs.ownerDistanceKilometres == nil)
            }
            let probability = try DemoGroundTruth.probability(of: lead, reps: territory.reps)
            #expect(probability == DemoGroundTruth.probability(inputs))
        }
    }

    @Test("the directions are the documented ones")
    func directions() {
        let base = DemoGroundTruth.Inputs(
            agents: 4, lineOfBusiness: .personal, yearsInBusiness: 10, daysSinceLastContact: 60,
            ownerDistanceKilometres: 20, tier: .silver)
        func p(_ change: (inout DemoGroundTruth.Inputs) -> Void) -> Double {
            var inputs = base
            change(&inputs)
            return DemoGroundTruth.probability(inputs)
        }
        let reference = DemoGroundTruth.probability(base)
        #expect(p { $0.agents = 20 } > reference)
        #expect(p { $0.daysSinceLastContact = 365 } < reference)
        #expect(p { $0.ownerDistanceKilometres = 80 } < reference)
        #expect(p { $0.ownerDistanceKilometres = nil } < reference)
        #expect(p { $0.yearsInBusiness = 1 } < reference)
        #expect(p { $0.yearsInBusiness = 50 } < p { $0.yearsInBusiness = 20 })
        #expect(p { $0.tier = .gold } > reference)
        #expect(p { $0.lineOfBusiness = .mixed } > p { $0.lineOfBusiness = .health })
    }

    @Test("a lead without demo attributes, or owned by an unknown rep, is refused")
    func notDemo() throws {
        let territory = try sharedTerritory.get()
        var stranger = try #require(territory.leads.first)
        stranger.attributes = [:]
        #expect { try DemoGroundTruth.probability(of: stranger, reps: territory.reps) } throws: {
            ($0 as? DemoDataError)?.code == .notDemoLead
        }
        var orphan = try #require(territory.leads.first)
        orphan.owner = "rep-elsewhere"
        #expect { try DemoGroundTruth.probability(of: orphan, reps: territory.reps) } throws: {
            ($0 as? DemoDataError)?.code == .notDemoLead
        }
    }
}
