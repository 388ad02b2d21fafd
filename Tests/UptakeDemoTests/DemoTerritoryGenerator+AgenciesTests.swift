import Foundation
import Testing
import UptakeCore
import UptakeDemo

@Suite("Demo agencies")
struct DemoTerritoryGeneratorAgenciesTests {
    @Test("tiers are about 15% gold, 30% silver, 55% bronze, and bigger agencies rank higher")
    func tiers() throws {
        let leads = try sharedTerritory.get().leads
        let share = { (tier: LeadTier) in Double(leads.filter { $0.tier == tier }.count) / Double(leads.count) }
        #expect(abs(share(.gold) - 0.15) < 0.01)
        #expect(abs(share(.silver) - 0.30) < 0.01)
        #expect(abs(share(.bronze) - 0.55) < 0.01)
        func meanAgents(_ tier: LeadTier) -> Double {
            let values = leads.filter { $0.tier == tier }.compactMap { lead -> Double? in
                if case .number(let n)? = lead.attributes[DemoAttributeKey.agents] { return n }
                return nil
            }
            return values.reduce(0, +) / Double(values.count)
        }
        #expect(meanAgents(.gold) > meanAgents(.silver))
        #expect(meanAgents(.silver) > meanAgents(.bronze))
        func meanValue(_ tier: LeadTier) -> Double {
            let values = leads.filter { $0.tier == tier }.map(\.expectedValue)
            return values.reduce(0, +) / Double(values.count)
        }
        #expect(meanValue(.gold) > meanValue(.silver))
        #expect(meanValue(.silver) > meanValue(.bronze))
    }

    @Test("every lead is marked demo and carries typed, plausible attributes")
    func attributes() throws {
        let territory = try sharedTerritory.get()
        for lead in territory.leads {
            #expect(lead.id.rawValue.hasPrefix("demo-agency-"))
            #expect(lead.attributes[DemoAttributeKey.demo] == .boolean(true))
            guard case .number(let agents)? = lead.attributes[DemoAttributeKey.agents],
                case .category(let line)? = lead.attributes[DemoAttributeKey.lineOfBusiness],
                case .number(let years)? = lead.attributes[DemoAttributeKey.yearsInBusiness],
                case .number(let carriers)? = lead.attributes[DemoAttributeKey.carriers],
                case .date(let lastContact)? = lead.attributes[DemoAttributeKey.lastContact],
                case .category(let source)? = lead.attributes[DemoAttributeKey.source],
                case .category? = lead.attributes[DemoAttributeKey.town]
            else {
                Issue.record("lead \(lead.id) lacks an attribute: \(lead.attributes)")
                continue
            }
            #expect((1...80).contains(agents))
            #expect(DemoLineOfBusiness(rawValue: line) != nil)
            #expect((0...60).contains(years))
            #expect((1...30).contains(carriers))
            #expect(lastContact <= lead.createdAt)
            #expect(DemoLeadSource(rawValue: source) != nil)
            #expect(lead.createdAt >= territory.historyStart && lead.createdAt < territory.asOf)
            #expect(lead.expectedValue >= 500)
        }
        #expect(Set(territory.leads.map(\.name)).count == territory.leads.count)
        #expect(territory.leads.map(\.createdAt) == territory.leads.map(\.createdAt).sorted())
        let withHours = Double(territory.leads.filter { $0.openingHours != nil }.count) / 3_000
        #expect(abs(withHours - 0.40) < 0.04)
    }

    @Test("every lead is inside Ohio's bounding box and within 6 km of its real town")
    func geography() throws {
        let territory = try sharedTerritory.get()
        let places = try OhioPlace.bundled()
        let byName = Dictionary(grouping: places, by: \.name)
        for lead in territory.leads {
            #expect((38.40...41.98).contains(lead.location.latitude))
            #expect((-84.83 ... -80.51).contains(lead.location.longitude))
            guard case .category(let town)? = lead.attributes[DemoAttributeKey.town],
                let candidates = byName[town]
            else {
                Issue.record("lead \(lead.id) names no known town")
                continue
            }
            let kilometres = candidates.map { $0.location.distanceKilometres(to: lead.location) }.min() ?? .infinity
            #expect(kilometres <= 6.01, "lead \(lead.id) is \(kilometres) km from \(town)")
        }
    }

    @Test("agencies follow population: Columbus holds its share of Ohio's town population")
    func population() throws {
        let territory = try sharedTerritory.get()
        let places = try OhioPlace.bundled()
        let share = Double(places[0].population) / Double(places.map(\.population).reduce(0, +))
        let observed = territory.leads.filter { $0.attributes[DemoAttributeKey.town] == .category("Columbus") }.count
        let expected = 3_000 * share
        let sd = (3_000 * share * (1 - share)).squareRoot()
        #expect(abs(Double(observed) - expected) < 4 * sd, "\(observed) in Columbus, expected \(expected)")
    }

    @Test("owners: most leads belong to the nearest rep, about 12% to nobody")
    func owners() throws {
        let territory = try sharedTerritory.get()
        let unassigned = Double(territory.leads.filter { $0.owner == nil }.count) / 3_000
        #expect(abs(unassigned - 0.12) < 0.025)
        for lead in territory.leads {
            guard let owner = lead.owner else { continue }
            let nearest = territory.reps.min {
                $0.start.distanceKilometres(to: lead.location) < $1.start.distanceKilometres(to: lead.location)
            }
            #expect(nearest?.id == owner)
        }
    }
}
