import Foundation
import Testing
import UptakeDemo

@Suite("Demo territory configuration")
struct DemoTerritoryConfigurationTests {
    @Test("defaults: seed 1, 8 reps, 2 teams, 3,000 agencies, a fixed today")
    func defaults() {
        let configuration = DemoTerritoryConfiguration()
        #expect(configuration.seed == 1)
        #expect(configuration.reps == 8)
        #expect(configuration.teams == 2)
        #expect(configuration.agencies == 3_000)
        #expect(configuration.today == Date(timeIntervalSince1970: 1_793_638_800))
    }

    @Test(
        "counts out of range are refused",
        arguments: [
            DemoTerritoryConfiguration(reps: 0, teams: 1), DemoTerritoryConfiguration(reps: 2, teams: 3),
            DemoTerritoryConfiguration(teams: 0), DemoTerritoryConfiguration(agencies: -1),
        ])
    func invalid(configuration: DemoTerritoryConfiguration) {
        #expect { try DemoTerritoryGenerator(configuration).generate() } throws: {
            ($0 as? DemoDataError)?.code == .invalidConfiguration
        }
    }
}
